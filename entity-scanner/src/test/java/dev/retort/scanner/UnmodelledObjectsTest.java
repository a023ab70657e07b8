package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Unsupported;
import java.util.List;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;

/**
 * A named enum type becomes an enum type of the model (with the varchar casts Hibernate creates for it); what
 * Hibernate creates but the model cannot say (a generated column, a view, table and column options) is carried as
 * unsupported, for the comparison to report, instead of vanishing; a @Subselect entity creates nothing, in
 * Hibernate's DDL and in the model.
 */
class UnmodelledObjectsTest {

    @Test
    void aNamedEnumIsAnEnumTypeWhileGeneratedColumnsAndViewsAreUnsupportedAndSubselectsLeaveNoTrace()
            throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.UNMODELLED);

        assertThat(result.target().tables()).extracting(Table::name).extracting(Object::toString)
                .containsExactly("public.diary");
        assertThat(result.entityClasses()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.target().enumTypes()).containsExactly(new EnumType(QualifiedName.of("public", "mood"),
                List.of("HAPPY", "SAD"), true));
        assertThat(result.target().tables().get(0).column("mood").orElseThrow().type().sql()).isEqualTo("Mood");
        assertThat(result.target().unsupported()).containsExactlyInAnyOrder(
                new Unsupported(ObjectPath.column(QualifiedName.of("public", "diary"), "sides"),
                        "a generated column (generated always as (pages * 2)); it is compared as a plain column"),
                new Unsupported(ObjectPath.view(QualifiedName.of("public", "diaryview")),
                        "a view created by Hibernate (retort does not manage views: put it in a revision by hand)"));
    }

    @Test
    void aColumnDefinitionIsTakenApartAndOptionsAreWarnedAbout() throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.DEFINITIONS);

        Table ticket = result.target().tables().get(0);
        assertThat(ticket.column("state")).hasValue(new Column("state", ColumnType.of("varchar(20)"), false, "'new'",
                Identity.NONE, null));
        assertThat(ticket.column("body").orElseThrow().type().sql()).isEqualTo("text");
        assertThat(result.target().unsupported()).extracting(Unsupported::what).containsExactlyInAnyOrder(
                "table options 'with (fillfactor = 70)' in Hibernate's DDL",
                "column options 'collate \"C\"' in Hibernate's DDL");
    }
}
