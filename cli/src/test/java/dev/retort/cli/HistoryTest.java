package dev.retort.cli;

import static dev.retort.cli.RevisionCommandsTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code history -r FROM:TO}, {@code history --verbose} (the audit trail) and {@code branches}. */
@ExtendWith(PostgresExtension.class)
class HistoryTest {

    /** base -> a1 -> a2, base -> b1, then m joins a2 and b1. */
    private static TestProject branched(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, dir.resolve("no-entities"), "none");
        Path versions = project.versions();
        HandRevisions.write(versions, "base0", List.of(), 0, "base", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "a1", List.of("base0"), 1, "a one", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "b1", List.of("base0"), 2, "b one", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "a2", List.of("a1"), 3, "a two", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "m", List.of("a2", "b1"), 4, "merge", "SELECT 1", "SELECT 1");
        return project;
    }

    @Test
    void terminalControlCharactersInAMessageNeverReachTheTerminal(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, dir.resolve("no-entities"), "none");
        String escape = "\u001b[2J\u001b]0;owned\u0007";
        assertThat(project.run("revision", "-m", "clear " + escape + "screen").exitCode()).isZero();
        // And one written by hand with the escape in the file:
        String first = project.onlyRevision().id();
        HandRevisions.write(project.versions(), "byhand", List.of(first), 1,
                "by hand " + escape, "SELECT 1", "SELECT 1");

        CliResult history = project.ok("history", "--offline");
        CliResult branches = project.ok("branches");

        for (CliResult result : List.of(history, branches)) {
            assertThat(result.out() + result.err()).as("%s", result).doesNotContain("\u001b").doesNotContain("\u0007");
        }
        assertThat(history.out()).contains("clear \ufffd[2J\ufffd]0;owned\ufffdscreen")
                .contains("by hand \ufffd[2J");
        Path written = project.revisionFiles().stream()
                .filter(file -> !file.getFileName().toString().startsWith("byhand")).findFirst().orElseThrow();
        assertThat(java.nio.file.Files.readString(written)).as("the file retort wrote").doesNotContain("\u001b");
    }

    @Test
    void aRangeListsTheRevisionsFromItsStartUpToItsEndBothIncluded(TestDatabase database, @TempDir Path dir) {
        TestProject project = branched(database, dir);

        assertThat(ids(project.ok("history", "--offline"))).containsExactly("m", "a2", "b1", "a1", "base0");
        assertThat(ids(project.ok("history", "--offline", "-r", "a1:m"))).containsExactly("m", "a2", "a1");
        assertThat(ids(project.ok("history", "--offline", "-r", "base:a2"))).containsExactly("a2", "a1", "base0");
        assertThat(ids(project.ok("history", "--offline", "-r", ":b1"))).containsExactly("b1", "base0");
        assertThat(ids(project.ok("history", "--offline", "-r", "b1:"))).containsExactly("m", "b1");
        assertThat(ids(project.ok("history", "--offline", "-r", "a2:b1"))).isEmpty();

        project.ok("upgrade", "a1");
        assertThat(ids(project.ok("history", "-r", "current:"))).containsExactly("m", "a2", "a1");
        assertThat(ids(project.ok("history", "-r", ":current"))).containsExactly("a1", "base0");
        assertThat(ids(project.ok("history", "-r", "+1:head"))).containsExactly("m", "a2");
        Failures.assertOneLineError(project.run("history", "--offline", "-r", "current:"), "history",
                "'current' needs the database: leave out --offline");
        Failures.assertOneLineError(project.run("history", "-r", "a1"), "history", "-r takes FROM:TO");
    }

    @Test
    void verboseHistoryShowsEachRevisionsFileAndAuditTrail(TestDatabase database, @TempDir Path dir) {
        TestProject project = branched(database, dir);
        project.ok("upgrade", "a2");
        project.ok("stamp", "a2", "b1");
        Revision a2 = RevisionFile.read(project.versions().resolve("a2_a_two.sql"));
        Revision merge = RevisionFile.read(project.versions().resolve("m_merge.sql"));

        List<String> lines = project.ok("--verbose", "history").out().lines().toList();
        String os = System.getProperty("user.name");
        String at = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z";
        assertThat(lines).hasSize(15);
        assertThat(lines.get(0)).isEqualTo("a2, b1 -> m (head), merge");
        assertThat(lines.get(1)).startsWith("    file ").endsWith("m_merge.sql, checksum "
                + Checksum.abbreviate(merge.checksum()) + ", created 2026-01-01T00:04:00Z");
        assertThat(lines.get(2)).isEqualTo("    not applied");
        assertThat(lines.get(3)).isEqualTo("a1 -> a2 (current), a two");
        assertThat(lines.get(4)).contains("a2_a_two.sql, checksum " + Checksum.abbreviate(a2.checksum()));
        assertThat(lines.get(5)).matches(Pattern.quote("    applied ") + at + Pattern.quote(" by database user "
                + database.user() + ", OS user " + os + ", in ") + "\\d+" + Pattern.quote(" ms, with retort ")
                + ".+");
        assertThat(lines.get(6)).isEqualTo("base0 -> b1 (current), b one");
        assertThat(lines.get(8)).matches(Pattern.quote("    stamped ") + at + Pattern.quote(" by database user "
                + database.user() + ", OS user " + os + ", with retort ") + ".+");
    }

    @Test
    void branchesShowWhereTheHistoryForks(TestDatabase database, @TempDir Path dir) {
        TestProject project = branched(database, dir);

        assertThat(project.ok("branches").out()).isEqualTo(lines(
                "base0 (" + project.versions().resolve("base0_base.sql") + ") branches into:",
                "    -> a1, a one", "    -> b1, b one"));
        assertThat(project.ok("heads").out()).isEqualTo(lines(
                "m (" + project.versions().resolve("m_merge.sql") + ") (head)"));
    }

    /** The revision ids of history's lines ({@code parents -> id ..., message}), in order. */
    private static List<String> ids(CliResult history) {
        return history.out().lines().map(line -> line.split(" -> ", 2)[1].split("[ ,]", 2)[0]).toList();
    }
}
