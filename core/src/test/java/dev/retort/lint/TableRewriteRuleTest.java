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

/** {@code table-rewrite}: type changes PostgreSQL makes by copying every row, a tablespace move, SET (UN)LOGGED. */
@ExtendWith(PostgresExtension.class)
class TableRewriteRuleTest {

    @TempDir
    Path versions;

    @Test
    void aTypeChangeATablespaceMoveAndUnloggedRewriteTheTable() {
        LintReport report = lint(TableFacts.offline(), fixture("table-rewrite-positive"));

        assertThat(of(report, LintRule.TABLE_REWRITE)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "changes public.orders.amount to bigint (its type before is not known: connect to"
                                + " the database to tell a change in place)"),
                        tuple(10, "moves public.orders to tablespace pg_default"),
                        tuple(12, "sets public.customer UNLOGGED"));
    }

    @Test
    void withTheOldTypeKnownTheRewriteNamesBothTypes() {
        LintReport report = lint(KnownTables.baseSchema(), fixture("table-rewrite-positive"));

        assertThat(of(report, LintRule.TABLE_REWRITE).get(0).detail())
                .isEqualTo("changes public.orders.amount from integer to bigint");
    }

    @Test
    void longerVarcharsTextAMorePreciseNumericAndNewTablesChangeInPlace() {
        LintReport report = lint(KnownTables.baseSchema(), fixture("table-rewrite-negative"));

        assertThat(of(report, LintRule.TABLE_REWRITE)).isEmpty();
    }

    @Test
    void offlineATypeGivenEarlierInTheRevisionsIsKnown() {
        LintReport report = lint(TableFacts.offline(), fixture("table-rewrite-negative"));

        // the base schema's columns are unknown offline; ref's type comes from the ADD COLUMN before
        assertThat(of(report, LintRule.TABLE_REWRITE)).extracting(LintFinding::line).containsExactly(9, 10, 11);
    }

    @Test
    void offlineTheTypeTheRevisionsDowngradeSetsBackIsTheTypeBefore() {
        LintReport report = lint(TableFacts.offline(), fixture("table-rewrite-known-from-downgrade"));

        assertThat(of(report, LintRule.TABLE_REWRITE)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(tuple(8, "changes public.orders.amount from integer to bigint"));
    }

    @Test
    void retortsLongerVarcharDoesNotRewriteOfflineEither(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(200)");

        // the embedded database, where check lints the head, has the revision applied already: no type before
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.TABLE_REWRITE)).isEmpty();
    }

    @Test
    void retortsIntegerToBigintRewrites(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint");

        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.TABLE_REWRITE))
                .extracting(LintFinding::detail).containsExactly("changes public.orders.amount from integer to bigint");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsLongerVarcharDoesNotRewrite(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(200)");

        assertThat(revision.upgrade().statements()).anyMatch(s -> s.sql().contains("TYPE character varying(200)"));
        assertThat(of(lint(KnownTables.baseSchema(), revision), LintRule.TABLE_REWRITE)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
