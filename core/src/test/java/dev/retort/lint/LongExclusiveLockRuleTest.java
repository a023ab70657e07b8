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

/** {@code long-exclusive-lock}: SET NOT NULL scanning the table under ACCESS EXCLUSIVE. */
@ExtendWith(PostgresExtension.class)
class LongExclusiveLockRuleTest {

    @TempDir
    Path versions;

    @Test
    void setNotNullWithoutAValidatedCheckScansUnderTheLock() {
        LintReport report = lint(TableFacts.offline(), fixture("long-exclusive-lock-positive"));

        assertThat(of(report, LintRule.LONG_EXCLUSIVE_LOCK)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(tuple(8, "sets public.orders.note NOT NULL, scanning every row, with no validated"
                        + " CHECK (note IS NOT NULL) before it"));
    }

    @Test
    void setNotNullAfterAValidatedCheckAndOnANewTableIsNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("long-exclusive-lock-negative"));

        assertThat(of(report, LintRule.LONG_EXCLUSIVE_LOCK)).isEmpty();
    }

    @Test
    void retortsLockAwareNotNullIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL");

        assertThat(revision.upgrade().statements()).anyMatch(s -> s.sql().contains("CHECK (note IS NOT NULL) NOT VALID"));
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.LONG_EXCLUSIVE_LOCK)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsBlockingNotNullIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING,
                "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.LONG_EXCLUSIVE_LOCK))
                .extracting(LintFinding::detail).singleElement().asString().startsWith("sets public.orders.note NOT NULL");
        WrittenByRetort.upgrade(database, revision);
    }
}
