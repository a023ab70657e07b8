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

/** {@code missing-lock-timeout}: DDL on an existing table that may wait, unbounded, with queries queued behind it. */
@ExtendWith(PostgresExtension.class)
class MissingLockTimeoutRuleTest {

    private static final String INDEX = "CREATE INDEX orders_customer_id_idx ON public.orders (customer_id)";

    @TempDir
    Path versions;

    @Test
    void theFirstUnboundedLockOfTheRevisionIsFoundOnce() {
        LintReport report = lint(TableFacts.offline(), fixture("missing-lock-timeout-positive"));

        // SET lock_timeout = 0 bounds nothing; the CREATE INDEX after the ALTER TABLE is not found again
        assertThat(of(report, LintRule.MISSING_LOCK_TIMEOUT)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(tuple(8, "alters public.orders with no SET lock_timeout before it in the revision"));
    }

    @Test
    void aSetLocalInTheTransactionAConcurrentIndexAndAValidationAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("missing-lock-timeout-negative"));

        assertThat(of(report, LintRule.MISSING_LOCK_TIMEOUT)).isEmpty();
    }

    @Test
    void retortsRevisionHeadedBySetLockTimeoutIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE, INDEX,
                "ALTER TABLE public.orders ADD COLUMN remark text");

        assertThat(revision.upgrade().statements().get(0).sql()).isEqualTo("SET lock_timeout = '5s'");
        LintReport report = lint(TableFacts.offline(), revision);
        assertThat(of(report, LintRule.MISSING_LOCK_TIMEOUT)).isEmpty();
        // nor anything else of the lock-aware forms' concern
        assertThat(LintFixtures.rules(report)).doesNotContain(LintRule.BLOCKING_INDEX, LintRule.VALIDATE_UNDER_LOCK,
                LintRule.LONG_EXCLUSIVE_LOCK);
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsRevisionWithLockTimeoutZeroIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING, INDEX,
                "ALTER TABLE public.orders ADD COLUMN remark text");

        assertThat(revision.upgrade().statements().get(0).sql()).isEqualTo("SET lock_timeout = '0s'");
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.MISSING_LOCK_TIMEOUT)).hasSize(1);
        WrittenByRetort.upgrade(database, revision);
    }
}
