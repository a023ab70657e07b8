package dev.retort.lint;

import static dev.retort.lint.LintFixtures.fixture;
import static dev.retort.lint.LintFixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.revisions.RevisionFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- retort:lint-ignore RULE reason} above a statement and {@code -- retort:lint-ignore-file RULE reason} in
 * the header accept findings with their reason; a line with no reason or no known rule is one line naming the file
 * and line.
 */
class LintIgnoreTest {

    private static final String HEADER = """
            -- retort:revision r1
            -- retort:parents
            -- retort:message m
            -- retort:created 2026-12-06T16:00:00Z
            """;

    @TempDir
    Path directory;

    @Test
    void aLintIgnoreAcceptsItsRuleOnTheStatementBelowItOnly() {
        LintReport report = lint(TableFacts.offline(), fixture("lint-ignore"));

        assertThat(report.findings()).extracting(LintFinding::line, LintFinding::rule, LintFinding::accepted)
                .containsExactly(
                        tuple(10, LintRule.DATA_LOSS, Optional.of("nothing has written it since release 4.2")),
                        tuple(10, LintRule.BREAKING_CHANGE, Optional.empty()),
                        tuple(10, LintRule.MISSING_LOCK_TIMEOUT,
                                Optional.of("the deploy runs at night with the application stopped")),
                        tuple(13, LintRule.BLOCKING_INDEX, Optional.of("the table has 20 rows")),
                        tuple(15, LintRule.BLOCKING_INDEX, Optional.empty()));
        assertThat(report.open()).extracting(LintFinding::line, LintFinding::rule).containsExactly(
                tuple(10, LintRule.BREAKING_CHANGE), tuple(15, LintRule.BLOCKING_INDEX));
        assertThat(report.passes()).isFalse();
    }

    @Test
    void aLintIgnoreWithoutAReasonIsAnErrorNamingFileAndLine() throws Exception {
        Revision revision = revision("-- retort:lint-ignore data-loss\nALTER TABLE t DROP COLUMN c;\n");

        assertThatThrownBy(() -> lint(TableFacts.offline(), revision)).isInstanceOf(RevisionFileException.class)
                .hasMessage(revision.file() + ":6: '-- retort:lint-ignore data-loss' gives no reason: write why the"
                        + " data-loss finding is acceptable after the rule (-- retort:lint-ignore data-loss the table"
                        + " is read only at night)");
    }

    @Test
    void aLintIgnoreNamingNoRuleIsAnErrorListingTheRules() throws Exception {
        Revision misspelled = revision("-- retort:lint-ignore data_loss the column is empty\nDROP TABLE t;\n");
        Revision bare = revision("SELECT 1;\n-- retort:lint-ignore\nDROP TABLE t;\n");

        assertThatThrownBy(() -> lint(TableFacts.offline(), misspelled)).isInstanceOf(RevisionFileException.class)
                .hasMessage(misspelled.file() + ":6: '-- retort:lint-ignore data_loss the column is empty': 'data_loss'"
                        + " is not a lint rule; the rules are table-rewrite, long-exclusive-lock, blocking-index,"
                        + " validate-under-lock, data-loss, breaking-change, not-null-without-default,"
                        + " volatile-default, missing-lock-timeout");
        assertThatThrownBy(() -> lint(TableFacts.offline(), bare)).isInstanceOf(RevisionFileException.class)
                .hasMessageStartingWith(bare.file() + ":7: '-- retort:lint-ignore' names no rule");
    }

    @Test
    void aFileWideIgnoreIsReadLikeAStatementOne() throws Exception {
        Path file = write(HEADER + "-- retort:lint-ignore-file breaking-change\n-- retort:upgrade\nDROP TABLE t;\n"
                + "-- retort:downgrade\n");
        Revision revision = RevisionFile.read(file);

        assertThatThrownBy(() -> lint(TableFacts.offline(), revision))
                .hasMessageStartingWith(file + ":5: '-- retort:lint-ignore-file breaking-change' gives no reason");
    }

    @Test
    void eachDirectiveGoesWhereItBelongsElseTheFileIsNotRead() throws Exception {
        Path inHeader = write(HEADER + "-- retort:lint-ignore data-loss why\n-- retort:upgrade\n-- retort:downgrade\n");
        Path inSection = write(HEADER + "-- retort:upgrade\n-- retort:lint-ignore-file data-loss why\nDROP TABLE t;\n"
                + "-- retort:downgrade\n");

        assertThatThrownBy(() -> RevisionFile.read(inHeader)).isInstanceOf(RevisionFileException.class)
                .hasMessage(inHeader + ":5: '-- retort:lint-ignore' goes right above the statement it accepts, in a"
                        + " section; for the whole file write '-- retort:lint-ignore-file RULE reason' in the header");
        assertThatThrownBy(() -> RevisionFile.read(inSection)).isInstanceOf(RevisionFileException.class)
                .hasMessage(inSection + ":6: '-- retort:lint-ignore-file' belongs to the header, before"
                        + " '-- retort:upgrade'");
    }

    @Test
    void aLintIgnoreAboveNoStatementIsAnErrorNotSilentlyLost() throws Exception {
        Path beforeABlock = write(HEADER + "-- retort:upgrade\nDROP TABLE t;\n-- retort:lint-ignore data-loss why\n"
                + "-- retort:no-transaction\nDROP INDEX CONCURRENTLY i;\n-- retort:downgrade\n");
        Path atTheEnd = write(HEADER + "-- retort:upgrade\nDROP TABLE t;\n-- retort:lint-ignore data-loss why\n"
                + "-- retort:downgrade\n");

        for (Path file : List.of(beforeABlock, atTheEnd)) {
            assertThatThrownBy(() -> RevisionFile.read(file)).isInstanceOf(RevisionFileException.class)
                    .hasMessage(file + ":7: '-- retort:lint-ignore' is above no statement of its block: put it right"
                            + " above the statement it accepts");
        }
    }

    @Test
    void theDirectivesAreReadFromCommentsNeverFromStringsOrTheStatementsOwnText() throws Exception {
        Revision revision = revision("""
                -- retort:lint-ignore breaking-change the old version is gone
                /* a block comment in between */
                ALTER TABLE t DROP COLUMN c; -- retort:lint-ignore data-loss not at the start of its line
                INSERT INTO log VALUES ('
                -- retort:lint-ignore data-loss inside a string');
                """);

        assertThat(revision.upgrade().statements()).extracting(s -> s.lintIgnores().size()).containsExactly(1, 0);
        assertThat(revision.upgrade().statements().get(0).lintIgnores().get(0).line()).isEqualTo(6);
        LintReport report = lint(TableFacts.offline(), revision);
        assertThat(report.open()).extracting(LintFinding::rule).containsExactly(LintRule.DATA_LOSS,
                LintRule.MISSING_LOCK_TIMEOUT);
    }

    private Revision revision(String upgrade) throws Exception {
        return RevisionFile.read(write(HEADER + "-- retort:upgrade\n" + upgrade + "-- retort:downgrade\n"));
    }

    private Path write(String text) throws Exception {
        return Files.writeString(Files.createTempFile(directory, "r", ".sql"), text);
    }
}
