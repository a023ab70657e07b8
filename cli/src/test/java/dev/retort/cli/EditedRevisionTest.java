package dev.retort.cli;

import static dev.retort.cli.Failures.assertOneLineErrorUnderTheLock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An applied revision whose file is edited afterwards: check reports it with its own exit code and the file named,
 * upgrade refuses until the user says otherwise (stamp, or --allow-changed), and line endings do not count.
 */
@ExtendWith(PostgresExtension.class)
class EditedRevisionTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void anEditedAppliedRevisionIsReportedAndRefusedUntilStamped(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*");
        Revision base = project.autogenerate("library").orElseThrow();
        Revision shelf = HandRevisions.write(project.versions(), "shelf1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        project.ok("upgrade");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);

        String original = Files.readString(shelf.file(), StandardCharsets.UTF_8);
        Files.writeString(shelf.file(), original.replace("PRIMARY KEY", "PRIMARY KEY, width integer"),
                StandardCharsets.UTF_8);
        String edited = Checksum.of(Files.readString(shelf.file(), StandardCharsets.UTF_8));
        String problem = "an applied revision was edited since: " + shelf.file() + " (revision shelf1, applied as "
                + Checksum.abbreviate(shelf.checksum()) + ", now " + Checksum.abbreviate(edited) + "); restore it as "
                + "applied, or accept the files as they are with 'retort stamp shelf1' (or pass --allow-changed to "
                + "upgrade or downgrade anyway)";

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.CHANGED);
        assertThat(check.errLines()).containsExactly("retort check: " + problem);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(project.run("check", "--format", "json")
                .out());
        assertThat(json.get("status")).isEqualTo("changed");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("revisions", List.of("shelf1")).containsEntry("message", problem));
        assertThat(project.ok("--verbose", "history").out()).contains("    EDITED since: applied as checksum "
                + Checksum.abbreviate(shelf.checksum()) + ", the file has " + Checksum.abbreviate(edited));

        Revision next = HandRevisions.write(project.versions(), "shelf2", List.of("shelf1"), 2, "shelf rows",
                "ALTER TABLE public.shelf ADD COLUMN rows integer", "ALTER TABLE public.shelf DROP COLUMN rows");
        assertOneLineErrorUnderTheLock(project.run("upgrade"), ExitCode.CHANGED, "upgrade", problem);
        assertOneLineErrorUnderTheLock(project.run("downgrade", "base"), ExitCode.CHANGED, "downgrade",
                shelf.file().toString());
        assertThat(project.appliedRevisions()).containsExactlyInAnyOrder(base.id(), "shelf1");

        assertThat(project.ok("upgrade", "--allow-changed").out()).contains("upgraded " + next.id());
        assertThat(project.run("check").exitCode()).as("still edited").isEqualTo(ExitCode.CHANGED);

        assertThat(project.ok("stamp", "head").out()).contains("retort stamp: accepted shelf1 as its file is now");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("select checksum from retort_version where revision = 'shelf1'"))
                .containsExactly(edited);
        assertThat(project.ok("--verbose", "history").out()).doesNotContain("EDITED");
    }

    @Test
    void lineEndingsAreNotAnEdit(TestDatabase database, @TempDir Path dir) throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision base = project.autogenerate("library").orElseThrow();
        project.ok("upgrade");

        String text = Files.readString(base.file(), StandardCharsets.UTF_8);
        Files.writeString(base.file(), "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        CliResult crlf = project.run("check");
        assertThat(crlf.exitCode()).as("%s", crlf).isEqualTo(ExitCode.OK);

        Files.writeString(base.file(), text.replace("-- retort:upgrade", "-- reviewed by Ana\n-- retort:upgrade"),
                StandardCharsets.UTF_8);
        assertThat(project.run("check").exitCode()).as("a comment is an edit").isEqualTo(ExitCode.CHANGED);
    }
}
