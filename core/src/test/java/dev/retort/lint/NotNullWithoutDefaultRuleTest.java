package dev.retort.lint;

import static dev.retort.lint.LintFixtures.fixture;
import static dev.retort.lint.LintFixtures.lint;
import static dev.retort.lint.LintFixtures.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.lint.WrittenByRetort.Settings;
import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code not-null-without-default}: a NOT NULL column without a default fails on the table's first row. */
@ExtendWith(PostgresExtension.class)
class NotNullWithoutDefaultRuleTest {

    private static final String TIER = "ALTER TABLE public.customer ADD COLUMN tier integer NOT NULL";

    @TempDir
    Path versions;

    @Test
    void aNotNullColumnWithoutDefaultForATableThatMayHaveRowsIsFound() {
        LintReport report = lint(TableFacts.offline(), fixture("not-null-without-default-positive"));

        assertThat(of(report, LintRule.NOT_NULL_WITHOUT_DEFAULT)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(tuple(8, "adds column public.customer.tier NOT NULL without a default"));
    }

    @Test
    void theSameColumnForATableTheCatalogSaysIsEmptyIsNotFound() {
        LintReport report = lint(KnownTables.baseSchema(0, 8192), fixture("not-null-without-default-positive"));

        assertThat(of(report, LintRule.NOT_NULL_WITHOUT_DEFAULT)).isEmpty();
    }

    @Test
    void aDefaultANullableColumnAndANewTableAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("not-null-without-default-negative"));

        assertThat(of(report, LintRule.NOT_NULL_WITHOUT_DEFAULT)).isEmpty();
    }

    @Test
    void retortsNotNullColumnWithoutDefaultIsFoundAndFailsOnTheRows(TestDatabase database) throws Exception {
        // the entities' schema, built on a copy whose rows are deleted first (PostgreSQL refuses the column on rows)
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "DELETE FROM public.customer", TIER);

        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.NOT_NULL_WITHOUT_DEFAULT))
                .extracting(LintFinding::detail).containsExactly("adds column public.customer.tier NOT NULL without"
                        + " a default");
        // what the rule says: the statement fails on the first row
        assertThatThrownBy(() -> WrittenByRetort.upgrade(database, revision))
                .hasMessageContaining("column \"tier\" of relation \"customer\" contains null values");
    }

    @Test
    void retortsNotNullColumnWithDefaultIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE, TIER + " DEFAULT 0");

        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.NOT_NULL_WITHOUT_DEFAULT)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
