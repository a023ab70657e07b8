package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity loses a field whose column the database has indexed, constrained and referenced, beside what the
 * entities say: the revision drops each of those before the column, saying why, and its downgrade brings every one
 * of them back, on a table that keeps its rows.
 */
@ExtendWith(PostgresExtension.class)
class DroppedAlongTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    /**
     * The indexes are dropped concurrently before the transaction that drops the rest; the downgrade adds the column
     * and the constraints (checks and foreign keys NOT VALID) in its transaction, then validates them and builds the
     * indexes concurrently, in the plan's order.
     */
    private static final ModelEdit DROP_PAGES = new ModelEdit("drop-column", List.of(
            "DROP INDEX CONCURRENTLY public.book_long",
            "DROP INDEX CONCURRENTLY public.book_pages",
            "DROP INDEX CONCURRENTLY public.book_pages_bucket",
            "ALTER TABLE public.book DROP CONSTRAINT book_pages_counted",
            "ALTER TABLE public.edition DROP CONSTRAINT edition_book",
            "ALTER TABLE public.book DROP CONSTRAINT book_pages_title",
            "ALTER TABLE public.book DROP CONSTRAINT book_title_pages_key",
            "ALTER TABLE public.book DROP COLUMN pages"), List.of(
            "ALTER TABLE public.book ADD COLUMN pages integer",
            "ALTER TABLE public.book ADD CONSTRAINT book_title_pages_key UNIQUE (title, pages)",
            "ALTER TABLE public.book ADD CONSTRAINT book_pages_title CHECK ((pages <> length((title)::text)))"
                    + " NOT VALID",
            "ALTER TABLE public.edition ADD CONSTRAINT edition_book FOREIGN KEY (title, pages)"
                    + " REFERENCES public.book (title, pages) NOT VALID",
            "ALTER TABLE public.book ADD CONSTRAINT book_pages_counted FOREIGN KEY (pages)"
                    + " REFERENCES public.page_count (pages) NOT VALID",
            "ALTER TABLE public.book VALIDATE CONSTRAINT book_pages_title",
            "DROP INDEX CONCURRENTLY IF EXISTS public.book_pages_bucket",
            "CREATE INDEX CONCURRENTLY book_pages_bucket ON public.book (((pages / 100)))",
            "DROP INDEX CONCURRENTLY IF EXISTS public.book_pages",
            "CREATE INDEX CONCURRENTLY book_pages ON public.book (pages)",
            "DROP INDEX CONCURRENTLY IF EXISTS public.book_long",
            "CREATE INDEX CONCURRENTLY book_long ON public.book (title) WHERE (pages > 300)",
            "ALTER TABLE public.edition VALIDATE CONSTRAINT edition_book",
            "ALTER TABLE public.book VALIDATE CONSTRAINT book_pages_counted"));

    @Test
    void droppingAFieldDropsWhatGoesWithItsColumnFirstAndTheDowngradeRestoresAllOfIt(TestDatabase database,
                                                                                      @TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        Path first = project.autogenerate("library").orElseThrow().file();
        project.ok("upgrade");
        // The DBA's objects: retort is told they are expected, and leaves them alone as long as their column stays.
        project.setProperty("retort.index.extra", "ignore");
        project.setProperty("retort.constraint.extra", "ignore");
        project.setProperty("retort.table.extra", "ignore");
        database.execute(
                "CREATE TABLE public.page_count (pages integer PRIMARY KEY)",
                "INSERT INTO public.page_count VALUES (120), (480)",
                "ALTER TABLE public.book ADD CONSTRAINT book_pages_counted FOREIGN KEY (pages)"
                        + " REFERENCES public.page_count (pages)",
                "ALTER TABLE public.book ADD CONSTRAINT book_title_pages_key UNIQUE (title, pages)",
                "ALTER TABLE public.book ADD CONSTRAINT book_pages_title CHECK (pages <> length(title))",
                "CREATE INDEX book_pages ON public.book (pages)",
                "CREATE INDEX book_long ON public.book (title) WHERE pages > 300",
                "CREATE INDEX book_pages_bucket ON public.book (((pages / 100)))",
                "CREATE TABLE public.edition (id integer PRIMARY KEY, title varchar(200), pages integer,"
                        + " CONSTRAINT edition_book FOREIGN KEY (title, pages) REFERENCES public.book (title, pages))",
                "INSERT INTO public.author (name) VALUES ('Ann')",
                "INSERT INTO public.book (title, isbn, pages, author_id) SELECT 'Short', '1', 120, id FROM public.author",
                "INSERT INTO public.book (title, isbn, pages, author_id) SELECT 'Long', '2', 480, id FROM public.author",
                // An edition naming a book by its pages could not be kept: the pages are gone after the upgrade.
                "INSERT INTO public.edition VALUES (1, 'Long', NULL)");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);

        DROP_PAGES.assertRoundTrip(project, EntityCompiler.compile("library", "drop-column", dir.resolve("classes")));

        List<Path> written = project.revisionFiles().stream().filter(f -> !f.equals(first)).toList();
        assertThat(written).hasSize(1);
        assertThat(Files.readString(written.get(0))).contains(
                "-- index public.book.book_long: dropped with column public.book.pages"
                        + " (PostgreSQL drops it with the column) [column.extra]",
                "-- foreign key public.edition.edition_book: dropped with column public.book.pages, which it"
                        + " references (PostgreSQL refuses to drop the column while it exists) [column.extra]",
                "-- undo: index public.book.book_long: dropped with column public.book.pages");
        assertThat(database.queryColumn("SELECT title FROM public.book ORDER BY title"))
                .containsExactly("Long", "Short");
        assertThat(database.queryColumn("SELECT count(*) FROM public.edition")).containsExactly("1");
    }

    @Test
    void droppingATableDropsTheKeysThatReferenceItFirstAndTheDowngradeRestoresTableIndexesAndKeys(
            TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        Path first = project.autogenerate("library").orElseThrow().file();
        project.ok("upgrade");
        project.setProperty("retort.table.extra", "ignore");
        database.execute(
                "CREATE TABLE public.shelf (id integer PRIMARY KEY, label varchar(20) NOT NULL UNIQUE, room text)",
                "COMMENT ON TABLE public.shelf IS 'before the library had rooms'",
                "COMMENT ON COLUMN public.shelf.room IS 'free text'",
                "CREATE INDEX shelf_room ON public.shelf (lower(room)) WHERE room IS NOT NULL",
                "CREATE TABLE public.shelf_slot (id integer PRIMARY KEY, shelf_label varchar(20),"
                        + " CONSTRAINT shelf_slot_shelf FOREIGN KEY (shelf_label) REFERENCES public.shelf (label))",
                "INSERT INTO public.shelf VALUES (1, 'A', 'north'), (2, 'B', NULL)",
                "INSERT INTO public.shelf_slot VALUES (1, NULL)");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        List<String> before = CatalogSnapshot.of(database);

        project.setProperty("retort.table.extra@public.shelf", "apply");
        Revision revision = project.autogenerate("drop the shelves").orElseThrow();

        assertThat(ModelEdit.withoutHashes(revision.upgrade())).containsExactly(ModelEdit.LOCK_TIMEOUT,
                "ALTER TABLE public.shelf_slot DROP CONSTRAINT shelf_slot_shelf",
                "DROP TABLE public.shelf");
        assertThat(ModelEdit.withoutHashes(revision.downgrade())).containsExactly(ModelEdit.LOCK_TIMEOUT, """
                        CREATE TABLE public.shelf (
                            id integer NOT NULL,
                            label character varying(20) NOT NULL,
                            room text,
                            CONSTRAINT shelf_pkey PRIMARY KEY (id),
                            CONSTRAINT shelf_label_key UNIQUE (label)
                        )""",
                "COMMENT ON TABLE public.shelf IS 'before the library had rooms'",
                "COMMENT ON COLUMN public.shelf.room IS 'free text'",
                "CREATE INDEX shelf_room ON public.shelf ((lower(room))) WHERE (room IS NOT NULL)",
                // shelf_slot has rows: its key comes back NOT VALID, then validated outside the transaction
                "ALTER TABLE public.shelf_slot ADD CONSTRAINT shelf_slot_shelf FOREIGN KEY (shelf_label)"
                        + " REFERENCES public.shelf (label) NOT VALID",
                "ALTER TABLE public.shelf_slot VALIDATE CONSTRAINT shelf_slot_shelf");
        project.ok("upgrade");
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("SELECT count(*) FROM public.shelf_slot")).containsExactly("1");

        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(before);
        assertThat(project.revisionFiles()).hasSize(2).contains(first);
    }
}
