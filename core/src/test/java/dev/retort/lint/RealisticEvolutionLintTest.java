package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.WrittenByRetort.Settings;
import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.RetortWrites;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One realistic evolution of the base schema as retort writes it, linted: a field renamed without a hint (a drop
 * and an add), a NOT NULL field with a default, an index, a foreign key, a longer varchar, an int widened to bigint,
 * a column made NOT NULL, a new table referencing an existing one. The findings, in both configurations, go to
 * stdout for the report; and the sample shop model's first revision, which creates only new tables.
 */
@ExtendWith(PostgresExtension.class)
class RealisticEvolutionLintTest {

    private static final String[] EVOLUTION = {
        "ALTER TABLE public.customer DROP COLUMN nick",
        "ALTER TABLE public.customer ADD COLUMN nickname character varying(50)",
        "ALTER TABLE public.customer ADD COLUMN tier integer NOT NULL DEFAULT 0",
        "CREATE INDEX orders_customer_id_idx ON public.orders (customer_id)",
        "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
                + " REFERENCES public.customer (id)",
        "ALTER TABLE public.orders ALTER COLUMN note TYPE character varying(200)",
        "ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint",
        "ALTER TABLE public.orders ALTER COLUMN status SET NOT NULL",
        "CREATE TABLE public.payment (id bigint PRIMARY KEY, order_id bigint NOT NULL"
                + " CONSTRAINT payment_order_fk REFERENCES public.orders (id))"};

    @TempDir
    Path versions;

    @Test
    void lockAwareLeavesOnlyWhatNoFormAvoids(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE, EVOLUTION);
        LintReport report = lint("lock-aware", revision);

        assertThat(report.findings()).extracting(LintFinding::rule).containsExactlyInAnyOrder(
                LintRule.DATA_LOSS, LintRule.BREAKING_CHANGE, LintRule.TABLE_REWRITE);
        assertThat(LintFixtures.of(report, LintRule.TABLE_REWRITE)).extracting(LintFinding::detail)
                .containsExactly("changes public.orders.amount from integer to bigint");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void blockingFormsFindEveryLockOnTop(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING, EVOLUTION);
        LintReport report = lint("blocking", revision);

        assertThat(report.findings()).extracting(LintFinding::rule).containsExactlyInAnyOrder(
                LintRule.DATA_LOSS, LintRule.BREAKING_CHANGE, LintRule.TABLE_REWRITE, LintRule.BLOCKING_INDEX,
                LintRule.VALIDATE_UNDER_LOCK, LintRule.LONG_EXCLUSIVE_LOCK, LintRule.MISSING_LOCK_TIMEOUT);
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void theSampleModelsFirstRevisionCreatesOnlyNewTablesAndFindsNothing(TestDatabase database, @TempDir Path project)
            throws Exception {
        Revision first = RetortWrites.sampleModelFirstRevision(database, project);

        LintReport offline = LintFixtures.lint(TableFacts.offline(), first);
        System.out.println("lint of the sample model's first revision (" + first.upgrade().size()
                + " upgrade statements): " + offline.findings().size() + " findings");
        assertThat(first.upgrade().size()).isGreaterThan(20);
        assertThat(offline.findings()).isEmpty();
    }

    private static LintReport lint(String name, Revision revision) {
        LintReport report = LintFixtures.lint(KnownTables.baseSchema(), revision);
        System.out.println("lint of a realistic evolution, " + name + " (" + revision.upgrade().size()
                + " upgrade statements): " + report.findings().size() + " findings\n" + report.findings().stream()
                .map(f -> "  line " + f.line() + " " + f.rule().id() + ": " + f.detail())
                .collect(Collectors.joining("\n")));
        return report;
    }
}
