package dev.retort.cli;

import dev.retort.testing.CatalogSnapshot;
import static dev.retort.cli.Failures.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.revisions.SqlStatement;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code current}, {@code history}, {@code heads}, {@code show}, {@code stamp} and {@code merge}, as users see them. */
@ExtendWith(PostgresExtension.class)
class RevisionCommandsTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void currentHistoryHeadsAndShowTellWhereTheRevisionsAndTheDatabaseAre(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision first = project.autogenerate("library").orElseThrow();

        assertThat(project.ok("current").out()).isEqualTo(lines("base (no revision applied)"));
        assertThat(project.ok("heads").out()).isEqualTo(lines(first.describe() + " (head)"));
        assertThat(project.ok("history").out()).isEqualTo(lines("<base> -> " + first.id() + " (head), library"));

        project.ok("upgrade");
        assertThat(project.ok("current").out()).isEqualTo(lines(first.describe() + " (head)"));
        assertThat(project.ok("history").out())
                .isEqualTo(lines("<base> -> " + first.id() + " (head) (current), library"));

        project.ok("revision", "-m", "by hand");
        Revision second = project.revisionFiles().stream().filter(f -> !f.equals(first.file()))
                .map(RevisionFile::read).findFirst().orElseThrow();
        assertThat(second.parents()).containsExactly(first.id());
        assertThat(second.upgrade().isEmpty()).isTrue();
        assertThat(project.ok("heads").out()).isEqualTo(lines(second.describe() + " (head)"));
        assertThat(project.ok("current").out()).isEqualTo(lines(first.describe()));
        assertThat(project.ok("history").out()).isEqualTo(lines(
                first.id() + " -> " + second.id() + " (head), by hand",
                "<base> -> " + first.id() + " (current), library"));
        assertThat(project.ok("history", "--offline").out()).isEqualTo(lines(
                first.id() + " -> " + second.id() + " (head), by hand",
                "<base> -> " + first.id() + ", library"));

        assertThat(project.ok("show", "head").out()).isEqualTo(Files.readString(second.file(), StandardCharsets.UTF_8));
        assertThat(project.ok("show", first.id().substring(0, 5)).out())
                .isEqualTo(Files.readString(first.file(), StandardCharsets.UTF_8));
    }

    @Test
    void stampHeadOnADatabaseThatAlreadyHasTheSchemaRunsNoSqlAndCheckThenAgrees(TestDatabase database,
                                                                               @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision first = project.autogenerate("library").orElseThrow();
        // The schema exists already, made without retort (the revision's own SQL, run by hand).
        database.execute(first.upgrade().statements().stream().map(SqlStatement::sql).toArray(String[]::new));
        List<String> catalog = CatalogSnapshot.of(database);

        CliResult before = project.run("check");
        assertThat(before.exitCode()).as("%s", before).isEqualTo(ExitCode.NOT_UP_TO_DATE);

        assertThat(project.ok("stamp", "head").out()).endsWith(lines("retort stamp: stamped " + first.id()
                + " as applied", "retort stamp: done: the database is now at " + first.id()));
        assertThat(project.appliedRevisions()).containsExactly(first.id());
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);

        assertThat(project.ok("stamp", "base").out()).endsWith(lines("retort stamp: unstamped " + first.id(),
                "retort stamp: done: the database is now at base"));
        assertThat(project.appliedRevisions()).isEmpty();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
    }

    @Test
    void mergeJoinsTwoBranchesIntoOneHead(TestDatabase database, @TempDir Path dir) throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision base = project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        Revision left = handWritten(project, "left", base.id(),
                "CREATE TABLE public.shelf_left (id integer PRIMARY KEY)", "DROP TABLE public.shelf_left");
        Revision right = handWritten(project, "right", base.id(),
                "CREATE TABLE public.shelf_right (id integer PRIMARY KEY)", "DROP TABLE public.shelf_right");
        assertThat(left.parents()).isEqualTo(right.parents()).containsExactly(base.id());

        assertThat(project.ok("heads").out().lines()).containsExactlyInAnyOrder(
                left.describe() + " (head)", right.describe() + " (head)");
        assertOneLineError(project.run("upgrade", "head"), ExitCode.MULTIPLE_HEADS, "upgrade", "several heads",
                "retort merge");
        assertOneLineError(project.run("revision", "-m", "on top"), ExitCode.MULTIPLE_HEADS, "revision",
                "several heads", "retort merge");

        project.ok("upgrade", "heads");
        assertThat(project.appliedRevisions()).containsExactlyInAnyOrder(base.id(), left.id(), right.id());
        assertThat(project.ok("current").out().lines()).containsExactlyInAnyOrder(
                left.describe() + " (head)", right.describe() + " (head)");

        CliResult merge = project.ok("merge", "-m", "join the shelves", left.id(), right.id().substring(0, 6));
        Revision joined = project.revisionFiles().stream().map(RevisionFile::read)
                .filter(r -> r.parents().size() == 2).findFirst().orElseThrow();
        assertThat(merge.out()).isEqualTo(lines("Wrote " + joined.file()));
        assertThat(joined.parents()).containsExactly(left.id(), right.id());
        assertThat(joined.message()).isEqualTo("join the shelves");
        assertThat(joined.upgrade().isEmpty()).isTrue();
        assertThat(project.ok("heads").out()).isEqualTo(lines(joined.describe() + " (head)"));

        project.ok("upgrade", "head");
        assertThat(project.ok("current").out()).isEqualTo(lines(joined.describe() + " (head)"));
        assertThat(project.ok("history").out().lines().findFirst().orElseThrow())
                .isEqualTo(left.id() + ", " + right.id() + " -> " + joined.id() + " (head) (current), join the shelves");
    }

    @Test
    void mergingASingleRevisionIsRefusedInOneLine(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision base = project.autogenerate("library").orElseThrow();

        assertOneLineError(project.run("merge", "-m", "alone", base.id()), "merge", base.id(), "two or more");
        assertThat(project.revisionFiles()).containsExactly(base.file());
    }

    @Test
    void showRefusesASpecThatNamesSeveralRevisionsInOneLine(TestDatabase database, @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        Revision base = project.autogenerate("library").orElseThrow();
        handWritten(project, "left", base.id(), "SELECT 1", "SELECT 1");
        handWritten(project, "right", base.id(), "SELECT 1", "SELECT 1");

        assertOneLineError(project.run("show", "heads"), "show", "'heads' names 2 revisions");
    }

    /** {@code retort revision -m MESSAGE}, then the file edited by hand: its parent and one statement each way. */
    static Revision handWritten(TestProject project, String message, String parent, String upgrade,
                                String downgrade) throws IOException {
        List<Path> before = project.revisionFiles();
        project.ok("revision", "-m", message);
        Path file = project.revisionFiles().stream().filter(f -> !before.contains(f)).findFirst().orElseThrow();
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^-- retort:parents.*$", "-- retort:parents " + parent)
                .replace("-- retort:upgrade\n", "-- retort:upgrade\n" + upgrade + ";\n")
                .replace("-- retort:downgrade\n", "-- retort:downgrade\n" + downgrade + ";\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return RevisionFile.read(file);
    }

    static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(System.lineSeparator());
        }
        return text.toString();
    }
}
