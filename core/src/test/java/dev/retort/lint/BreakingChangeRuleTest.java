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

/** {@code breaking-change}: what the application version still running reads is dropped or renamed. */
@ExtendWith(PostgresExtension.class)
class BreakingChangeRuleTest {

    @TempDir
    Path versions;

    @Test
    void aColumnRenamedAColumnDroppedAndATableRenamedAreFound() {
        LintReport report = lint(TableFacts.offline(), fixture("breaking-change-positive"));

        assertThat(of(report, LintRule.BREAKING_CHANGE)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "renames column public.customer.nick to nickname"),
                        tuple(10, "drops column public.customer.email"),
                        tuple(12, "renames table public.orders to purchase"));
    }

    @Test
    void additionsAndRenamesOfWhatTheRevisionsAddedAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("breaking-change-negative"));

        assertThat(of(report, LintRule.BREAKING_CHANGE)).isEmpty();
    }

    @Test
    void retortsDropColumnIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer DROP COLUMN nick");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.BREAKING_CHANGE)).extracting(LintFinding::detail)
                .containsExactly("drops column public.customer.nick");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsAddedColumnAndTableAreNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer ADD COLUMN nickname text",
                "CREATE TABLE public.tag (id bigint PRIMARY KEY, label text)");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.BREAKING_CHANGE)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
