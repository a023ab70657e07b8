package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which revisions {@code retort lint} lints: the pending ones on a configured database, the heads without one, or
 * the specs, ranges and files named, always in the order they apply ({@code linted} in the json report).
 */
@ExtendWith(PostgresExtension.class)
class LintSelectionTest {

    private static final Path library = EntityCompiler.library();

    @Test
    void withoutRevisionsTheOnesTheDatabaseHasNotApplied(TestDatabase database, @TempDir Path dir) {
        TestProject project = chainOfThree(database, dir);
        project.ok("upgrade", "rev01");

        assertThat(linted(project)).containsExactly("rev02", "rev03");
        project.ok("upgrade");
        CliResult upToDate = project.ok("lint");
        assertThat(upToDate.out()).isEqualTo("Lint: no findings in 0 revisions." + System.lineSeparator());
    }

    @Test
    void withoutADatabaseTheHeads(TestDatabase database, @TempDir Path dir) {
        TestProject project = chainOfThree(database, dir);
        project.setProperty("database.url", "");

        assertThat(linted(project)).containsExactly("rev03");
    }

    @Test
    void specsRangesAndFilesInTheOrderTheyApply(TestDatabase database, @TempDir Path dir) throws Exception {
        TestProject project = chainOfThree(database, dir);
        Path second = project.revisionFiles().get(1);

        assertThat(linted(project, "rev03", "rev0" + "1")).containsExactly("rev01", "rev03");
        assertThat(linted(project, "rev01:rev02")).containsExactly("rev01", "rev02");
        assertThat(linted(project, ":")).containsExactly("rev01", "rev02", "rev03");
        assertThat(linted(project, "head")).containsExactly("rev03");
        assertThat(linted(project, project.revisionFiles().get(2).toString(), second.toString()))
                .containsExactly("rev02", "rev03");
    }

    @Test
    void aPathThatDeclaresNoRevisionIsSkippedWithOneLine(TestDatabase database, @TempDir Path dir) throws Exception {
        TestProject project = chainOfThree(database, dir);
        Path deleted = project.versions().resolve("rev09_gone.sql");
        Path notes = Files.writeString(project.versions().resolve("notes.conf"), "executeInTransaction=false\n");

        CliResult result = project.run("lint", "--format", "json", deleted.toString(), notes.toString(),
                project.revisionFiles().get(0).toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.errLines()).containsExactly("retort lint: " + deleted + " does not exist: skipped",
                "retort lint: " + notes + " declares no revision: skipped");
        assertThat(JsonReader.read(result.out())).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("linted", List.of("rev01"));
    }

    @Test
    void aRevisionNoFileDeclaresIsOneLineExit3(TestDatabase database, @TempDir Path dir) {
        TestProject project = chainOfThree(database, dir);

        CliResult result = project.run("lint", "nope");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.errLines()).singleElement().asString().startsWith("retort lint: ").contains("nope");
    }

    /** Three hand-written revisions, each creating a table: nothing to find, which keeps the selection in view. */
    private static TestProject chainOfThree(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, library, "dev.retort.e2e.library");
        List<Revision> chain = HandRevisions.chain(project.versions(), 3, null);
        assertThat(chain).hasSize(3);
        return project;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> linted(TestProject project, String... revisions) {
        String[] args = new String[revisions.length + 3];
        args[0] = "lint";
        args[1] = "--format";
        args[2] = "json";
        System.arraycopy(revisions, 0, args, 3, revisions.length);
        CliResult result = project.ok(args);
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(result.out());
        assertThat(report).containsEntry("status", "ok").containsEntry("findings", List.of());
        return (List<Object>) report.get("linted");
    }
}
