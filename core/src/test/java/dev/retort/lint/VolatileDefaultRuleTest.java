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

/** {@code volatile-default}: a default computed for each existing row, which rewrites the table. */
@ExtendWith(PostgresExtension.class)
class VolatileDefaultRuleTest {

    @TempDir
    Path versions;

    @Test
    void volatileFunctionsAndASerialTypeAreFound() {
        LintReport report = lint(TableFacts.offline(), fixture("volatile-default-positive"));

        assertThat(of(report, LintRule.VOLATILE_DEFAULT)).extracting(LintFinding::line, LintFinding::detail)
                .containsExactly(
                        tuple(8, "adds column public.customer.token filled by gen_random_uuid() for every existing"
                                + " row"),
                        tuple(10, "adds column public.orders.picked filled by random() for every existing row;"
                                + " adds column public.orders.seq filled by the bigserial type (nextval) for every"
                                + " existing row"));
    }

    @Test
    void stableAndConstantDefaultsAndANewTableAreNotFound() {
        LintReport report = lint(TableFacts.offline(), fixture("volatile-default-negative"));

        assertThat(of(report, LintRule.VOLATILE_DEFAULT)).isEmpty();
    }

    @Test
    void retortsColumnWithAVolatileDefaultIsFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer ADD COLUMN token uuid DEFAULT gen_random_uuid()");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.VOLATILE_DEFAULT)).extracting(LintFinding::detail)
                .containsExactly("adds column public.customer.token filled by gen_random_uuid() for every existing row");
        WrittenByRetort.upgrade(database, revision);
    }

    @Test
    void retortsColumnWithAStableDefaultIsNotFound(TestDatabase database) throws Exception {
        Revision revision = WrittenByRetort.revision(database, versions, Settings.LOCK_AWARE,
                "ALTER TABLE public.customer ADD COLUMN seen_at timestamp with time zone DEFAULT now()");

        assertThat(of(lint(TableFacts.offline(), revision), LintRule.VOLATILE_DEFAULT)).isEmpty();
        WrittenByRetort.upgrade(database, revision);
    }
}
