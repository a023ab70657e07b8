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

/** {@code validate-under-lock}: a foreign key or check that reads every row while writes wait. */
@ExtendWith(PostgresExtension.class)
class ValidateUnderLockRuleTest {

    private static final String FOREIGN_KEY = "ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk"
            + " FOREIGN KEY (customer_id) REFERENCES public.customer (id)";

    @TempDir
    Path versions;

    @Test
    void aForeignKeyAndACheckAddedValidAreFound() {
        LintReport report = lint(TableFacts.offline(), fixture("validate-under-lock-positive"));

        assertThat(of(report, LintRule.VALIDATE_UNDER_LOCK)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "adds foreign key orders_customer_fk on public.orders without NOT VALID, checking"
                                + " every row under the lock"),
                        tuple(10, "adds check orders_amount_check on public.orders without NOT VALID, checking"
                                + " every row under the lock"));
    }

    @Test
    void notValidThenValidateAndANewTablesForeignKeyAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("validate-under-lock-negative"));

        assertThat(of(report, LintRule.VALIDATE_UNDER_LOCK)).isEmpty();
    }

    @Test
    void retortsNotValidForeignKeyIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE, FOREIGN_KEY);

        assertThat(revision.upgrade().statements()).anyMatch(s -> s.sql().endsWith("NOT VALID"));
        assertThat(of(lint(TableFacts.offline(), revision), LintRule.VALIDATE_UNDER_LOCK)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsBlockingForeignKeyIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING, FOREIGN_KEY);

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.VALIDATE_UNDER_LOCK))
                .extracting(LintFinding::table).containsExactly(java.util.Optional.of(LintFixtures.ORDERS));
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsForeignKeyFromANewTableIsNotFoundEvenInTheBlockingForm(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.BLOCKING,
                "CREATE TABLE public.payment (id bigint PRIMARY KEY, order_id bigint NOT NULL"
                        + " CONSTRAINT payment_order_fk REFERENCES public.orders (id))");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.VALIDATE_UNDER_LOCK)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
