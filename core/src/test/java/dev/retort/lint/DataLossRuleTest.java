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

/** {@code data-loss}: drops, truncates, deletes of every row, narrowing type changes, retort's DESTRUCTIVE marks. */
@ExtendWith(PostgresExtension.class)
class DataLossRuleTest {

    @TempDir
    Path versions;

    @Test
    void dropsANarrowingADeleteOfEveryRowATruncateAndADestructiveMarkAreFound() {
        LintReport report = lint(KnownTables.baseSchema(), fixture("data-loss-positive"));

        assertThat(of(report, LintRule.DATA_LOSS)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        // orders (twice customer's size) first: findings rank by size
                        tuple(15, "deletes every row of public.orders (no WHERE)"),
                        tuple(17, "truncates table public.orders"),
                        tuple(19, "drops table public.orders"),
                        tuple(8, "drops column public.customer.email"),
                        tuple(10, "narrows public.customer.score from numeric(10,2) to numeric(10,0)"),
                        tuple(13, "narrows public.customer.code from integer to smallint"));
    }

    @Test
    void offlineANarrowingIsKnownOnlyByRetortsDestructiveMark() {
        LintReport report = lint(TableFacts.offline(), fixture("data-loss-positive"));

        assertThat(of(report, LintRule.DATA_LOSS)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "drops column public.customer.email"),
                        tuple(13, "is marked -- DESTRUCTIVE: ALTER TABLE public.customer ALTER COLUMN code TYPE"
                                + " smallint USING code::smallint"),
                        tuple(15, "deletes every row of public.orders (no WHERE)"),
                        tuple(17, "truncates table public.orders"),
                        tuple(19, "drops table public.orders"));
    }

    @Test
    void aBoundedDeleteAWideningAndDropsOfWhatTheRevisionAddedAreNotFound() {
        LintReport report = lint(KnownTables.baseSchema(), fixture("data-loss-negative"));

        assertThat(of(report, LintRule.DATA_LOSS)).isEmpty();
    }

    @Test
    void retortsDropColumnLosesDataAndBreaksTheRunningApplication(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer DROP COLUMN email");

        LintReport report = lint(TableFacts.offline(), revision);
        assertThat(of(report, LintRule.DATA_LOSS)).extracting(LintFinding::detail)
                .containsExactly("drops column public.customer.email");
        assertThat(of(report, LintRule.BREAKING_CHANGE)).extracting(LintFinding::detail)
                .containsExactly("drops column public.customer.email");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsNarrowingIsFoundOfflineFromTheTypeItsDowngradeSetsBack(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(50)");

        assertThat(revision.upgrade().destructive()).isEqualTo(1);
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.DATA_LOSS)).extracting(LintFinding::detail)
                .containsExactly("narrows public.orders.note from character varying(100) to character varying(50)");
        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.DATA_LOSS)).extracting(LintFinding::detail)
                .containsExactly("narrows public.orders.note from character varying(100) to character varying(50)");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsAddedColumnLosesNothing(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer ADD COLUMN nickname text");

        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.DATA_LOSS)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
