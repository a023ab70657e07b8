package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renames end to end on the library model with rows in it: with a hint (on the command line or in the configuration)
 * autogenerate writes the rename and its exact inverse, the rows survive, {@code check} is clean after the upgrade
 * and stays clean with the hint left in place; without a hint it suggests the rename and writes the drop and add; a
 * hint that names nothing is one line and exit code 3.
 */
@ExtendWith(PostgresExtension.class)
class RenamesTest {

    private static final String PACKAGE = "dev.retort.e2e.library";
    private static final String BOOKS = "SELECT b.id || ':' || b.title || ':' || coalesce(b.%s::text, '-') || ':'"
            + " || a.name FROM public.book b JOIN public.%s a ON a.id = b.author_id ORDER BY b.id";

    @TempDir
    static Path compiled;
    private static Path base;
    private static Path renamedAndWidened;
    private static Path renamedColumn;
    private static Path renamedTable;

    @BeforeAll
    static void compileTheModels() {
        base = EntityCompiler.library();
        renamedAndWidened = EntityCompiler.compile("library", "rename-and-widen", compiled.resolve("widen"));
        renamedColumn = EntityCompiler.compile("library", "rename-column", compiled.resolve("column"));
        renamedTable = EntityCompiler.compile("library", "rename-table", compiled.resolve("table"));
    }

    private static TestProject withRows(Path dir, TestDatabase database) {
        TestProject project = TestProject.init(dir, database, base, PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade", "head");
        database.execute("INSERT INTO public.author (name) VALUES ('Le Guin'), ('Lem')",
                "INSERT INTO public.book (title, pages, author_id) VALUES ('The Dispossessed', 387, 1),"
                        + " ('Solaris', 204, 2), ('Untitled', NULL, 2)");
        return project;
    }

    private static Revision newRevision(TestProject project, List<Path> before) {
        List<Path> written = project.revisionFiles().stream().filter(p -> !before.contains(p)).toList();
        assertThat(written).hasSize(1);
        return dev.retort.revisions.RevisionFile.read(written.get(0));
    }

    @Test
    void aHintedColumnRenameWithAWiderTypeKeepsTheRowsAndTheDowngradeRestoresTheCatalogExactly(TestDatabase database,
                                                                                               @TempDir Path dir) {
        TestProject project = withRows(dir, database);
        List<String> rows = database.queryColumn(BOOKS.formatted("pages", "author"));
        List<String> catalog = CatalogSnapshot.of(database);
        project.useEntities(renamedAndWidened);

        List<Path> before = project.revisionFiles();
        CliResult written = project.ok("revision", "--autogenerate", "-m", "page count", "--rename",
                "book.pages=page_count");
        Revision revision = newRevision(project, before);

        assertThat(ModelEdit.afterLockTimeout(revision.upgrade())).containsExactly(
                "ALTER TABLE public.book RENAME COLUMN pages TO page_count",
                "ALTER TABLE public.book ALTER COLUMN page_count TYPE bigint USING page_count::bigint");
        assertThat(ModelEdit.afterLockTimeout(revision.downgrade())).containsExactly("<guard>",
                "ALTER TABLE public.book ALTER COLUMN page_count TYPE integer USING page_count::integer",
                "ALTER TABLE public.book RENAME COLUMN page_count TO pages");
        assertThat(written.err()).doesNotContain("possibly a rename");
        project.ok("upgrade");
        assertThat(database.queryColumn(BOOKS.formatted("page_count", "author"))).isEqualTo(rows);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);

        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
        assertThat(database.queryColumn(BOOKS.formatted("pages", "author"))).isEqualTo(rows);
    }

    @Test
    void aHintedTableRenameKeepsTheRowsAndTheForeignKeyAndRenamesTheKeyNamedAfterIt(TestDatabase database,
                                                                                    @TempDir Path dir) {
        TestProject project = withRows(dir, database);
        List<String> rows = database.queryColumn(BOOKS.formatted("pages", "author"));
        List<String> catalog = CatalogSnapshot.of(database);
        project.useEntities(renamedTable);

        List<Path> before = project.revisionFiles();
        project.ok("revision", "--autogenerate", "-m", "writers", "--rename", "author=writer");
        Revision revision = newRevision(project, before);

        assertThat(ModelEdit.afterLockTimeout(revision.upgrade())).containsExactly(
                "ALTER TABLE public.author RENAME TO writer",
                "ALTER TABLE public.writer RENAME CONSTRAINT author_pkey TO writer_pkey");
        assertThat(ModelEdit.afterLockTimeout(revision.downgrade())).containsExactly(
                "ALTER TABLE public.writer RENAME CONSTRAINT writer_pkey TO author_pkey",
                "ALTER TABLE public.writer RENAME TO author");
        project.ok("upgrade");
        assertThat(database.queryColumn(BOOKS.formatted("pages", "writer"))).isEqualTo(rows);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        database.execute("INSERT INTO public.writer (name) VALUES ('Tokarczuk')");

        project.ok("downgrade", "-1");
        database.execute("DELETE FROM public.author WHERE name = 'Tokarczuk'");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(catalog);
        assertThat(database.queryColumn(BOOKS.formatted("pages", "author"))).isEqualTo(rows);
    }

    @Test
    void withoutAHintTheRenameIsSuggestedOnStderrAndInTheFileAndTheColumnIsDroppedAndAdded(TestDatabase database,
                                                                                          @TempDir Path dir)
            throws Exception {
        TestProject project = withRows(dir, database);
        project.useEntities(renamedColumn);

        CliResult check = project.run("check");
        List<Path> before = project.revisionFiles();
        CliResult written = project.ok("revision", "--autogenerate", "-m", "page count");
        Revision revision = newRevision(project, before);

        String suggestion = "possibly a rename: public.book.pages -> page_count: pass --rename book.pages=page_count"
                + " to keep its data";
        assertThat(check.exitCode()).isEqualTo(ExitCode.DRIFT);
        assertThat(check.out()).as("check says it below the differences").contains("\n  " + suggestion);
        assertThat(written.errLines()).contains("retort revision: warning: " + suggestion);
        assertThat(Files.readString(revision.file())).contains(suggestion);
        assertThat(ModelEdit.afterLockTimeout(revision.upgrade())).containsExactly(
                "ALTER TABLE public.book ADD COLUMN page_count integer",
                "ALTER TABLE public.book DROP COLUMN pages");
    }

    @Test
    void aConfiguredRenameIsMadeOnceAndThenSatisfiedWhileItStaysInTheConfiguration(TestDatabase database,
                                                                                   @TempDir Path dir) {
        TestProject project = withRows(dir, database);
        List<String> rows = database.queryColumn(BOOKS.formatted("pages", "author"));
        project.useEntities(renamedColumn);
        project.setProperty("revision.renames", "book.pages=page_count");

        Revision revision = project.autogenerate("page count").orElseThrow();
        assertThat(ModelEdit.afterLockTimeout(revision.upgrade()))
                .containsExactly("ALTER TABLE public.book RENAME COLUMN pages TO page_count");
        project.ok("upgrade");
        assertThat(database.queryColumn(BOOKS.formatted("page_count", "author"))).isEqualTo(rows);

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        CliResult quiet = project.ok("revision", "--autogenerate", "-m", "nothing");
        assertThat(quiet.out()).contains("No changes");
        assertThat(quiet.err()).doesNotContain("rename");
        CliResult again = project.ok("--verbose", "revision", "--autogenerate", "-m", "nothing");
        assertThat(again.out()).contains("No changes");
        assertThat(again.err()).contains("rename book.pages=page_count is applied already: the database has column"
                + " public.book.page_count");
    }

    @Test
    void aHintThatNamesNothingIsOneLineAndExitCode3(TestDatabase database, @TempDir Path dir) {
        TestProject project = withRows(dir, database);
        project.useEntities(renamedColumn);

        CliResult refused = project.run("revision", "--autogenerate", "-m", "page count", "--rename",
                "book.pagez=page_count");

        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(ExitCode.ERROR);
        assertThat(refused.errLines()).containsExactly("retort revision: rename book.pagez=page_count: the database"
                + " has neither column public.book.pagez nor page_count; name the column as the database has it, then"
                + " the new name (--rename or revision.renames)");
        assertThat(project.revisionFiles()).hasSize(1);
    }

    /** No moment of a rolling deploy suits both names: --expand refuses a declared rename and says what does. */
    @Test
    void anExpandWithADeclaredRenameIsOneLineAndWritesNothing(TestDatabase database, @TempDir Path dir) {
        TestProject project = withRows(dir, database);
        project.useEntities(renamedColumn);

        CliResult refused = project.run("revision", "--autogenerate", "--expand", "-m", "page count", "--rename",
                "book.pages=page_count");

        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(ExitCode.ERROR);
        assertThat(refused.errLines()).singleElement().asString()
                .startsWith("retort revision: --expand cannot split the rename of public.book.pages:")
                .contains("leave the rename out");
        assertThat(project.revisionFiles()).hasSize(1);
    }
}
