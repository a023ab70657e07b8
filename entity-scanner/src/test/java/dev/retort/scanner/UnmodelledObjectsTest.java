package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;

/**
 * What Hibernate creates but the schema model cannot say (a named enum type, a generated column, a view) is
 * warned about instead of vanishing; a @Subselect entity creates nothing, in Hibernate's DDL and in the model.
 */
class UnmodelledObjectsTest {

    @Test
    void typesGeneratedColumnsAndViewsAreWarnedAboutAndSubselectsLeaveNoTrace() throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.UNMODELLED);

        assertThat(result.target().tables()).extracting(Table::name).extracting(Object::toString)
                .containsExactly("public.diary");
        assertThat(result.entityClasses()).hasSize(3);
        assertThat(result.warnings()).containsExactly(
                "column public.diary.sides is generated as (pages * 2), which retort does not model: it is compared "
                        + "as a plain column",
                "view public.diaryview is created by Hibernate but not managed by retort: put it in a revision by hand",
                "Hibernate also runs create type Mood as enum ('HAPPY','SAD'); create cast (varchar as Mood) with "
                        + "inout as implicit; create cast (Mood as varchar) with inout as implicit, which retort does "
                        + "not manage: put it in a revision by hand");
    }

    @Test
    void aColumnDefinitionIsTakenApartAndOptionsAreWarnedAbout() throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.DEFINITIONS);

        Table ticket = result.target().tables().get(0);
        assertThat(ticket.column("state")).hasValue(new Column("state", ColumnType.of("varchar(20)"), false, "'new'",
                Identity.NONE, null));
        assertThat(ticket.column("body").orElseThrow().type().sql()).isEqualTo("text");
        assertThat(result.warnings()).containsExactly(
                "table public.ticket has options 'with (fillfactor = 70)' that Hibernate writes into its DDL and "
                        + "retort does not model",
                "column public.ticket.code has options 'collate \"C\"' that Hibernate writes into its DDL and retort "
                        + "does not model");
    }
}
