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

/** {@code blocking-index}: index builds and drops holding a lock that blocks writes for their whole run. */
@ExtendWith(PostgresExtension.class)
class BlockingIndexRuleTest {

    private static final String INDEX = "CREATE INDEX orders_customer_id_idx ON public.orders (customer_id)";

    @TempDir
    Path versions;

    @Test
    void plainIndexBuildsDropsUniqueConstraintsUniqueColumnsAndReindexAreFound() {
        LintReport report = lint(TableFacts.offline(), fixture("blocking-index-positive"));

        assertThat(of(report, LintRule.BLOCKING_INDEX)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "builds index public.orders_customer_id_idx on public.orders without CONCURRENTLY"),
                        tuple(10, "drops index public.orders_status_idx without CONCURRENTLY"),
                        tuple(12, "adds unique constraint customer_name_key on public.customer, building its index"
                                + " under the table's lock"),
                        tuple(14, "reindexes table public.customer without CONCURRENTLY"),
                        tuple(16, "adds column public.orders.ref UNIQUE or PRIMARY KEY, building its index under the"
                                + " table's lock"));
    }

    @Test
    void concurrentBuildsAConstraintUsingAnIndexAndANewTablesIndexesAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("blocking-index-negative"));

        assertThat(of(report, LintRule.BLOCKING_INDEX)).isEmpty();
    }

    @Test
    void retortsConcurrentIndexIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE, INDEX);

        assertThat(revision.upgrade().statements()).anyMatch(s -> s.sql().startsWith("CREATE INDEX CONCURRENTLY"));
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.BLOCKING_INDEX)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsBlockingIndexIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING, INDEX);

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.BLOCKING_INDEX)).extracting(LintFinding::detail)
                .containsExactly("builds index public.orders_customer_id_idx on public.orders without CONCURRENTLY");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsIndexOfANewTableIsNotFoundEvenInTheBlockingForm(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING,
                "CREATE TABLE public.tag (id bigint PRIMARY KEY, label text)",
                "CREATE INDEX tag_label_idx ON public.tag (label)");

        assertThat(revision.upgrade().statements()).anyMatch(s -> s.sql().startsWith("CREATE INDEX tag_label_idx"));
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.BLOCKING_INDEX)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
