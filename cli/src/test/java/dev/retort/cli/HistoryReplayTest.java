package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the revision history is replayed, and what happens when it cannot be: a scratch database on a server the
 * project names, dropped afterwards; a history that needs data falls back, in one line, to the database alone.
 */
@ExtendWith(PostgresExtension.class)
class HistoryReplayTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void aScratchDatabaseOnTheNamedServerHoldsTheReplayAndIsDroppedAfterwards(TestDatabase database,
                                                                               @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.setProperty("history.database", database.url());
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        database.execute("CREATE INDEX book_by_title ON public.book (title)");

        CliResult check = project.run("--verbose", "check", "--format", "json");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DRIFT);
        assertThat(check.errLines()).anyMatch(line -> line.startsWith("retort: step history-create "))
                .anyMatch(line -> line.startsWith("retort: step history-replay "))
                .noneMatch(line -> line.contains("history-embedded"));
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(check.out());
        assertThat(report.get("history")).isEqualTo("replayed");
        assertThat((List<?>) report.get("differences")).singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("cause")).isEqualTo("drift"));
        assertThat(database.queryColumn("SELECT count(*) FROM pg_database WHERE datname LIKE 'retort\\_history\\_%\\_"
                + database.name() + "'")).as("scratch databases of this test left behind").containsExactly("0");
    }

    @Test
    void aHistoryThatDoesNotReplayIsSaidInOneLineAndTheDatabaseIsComparedAlone(TestDatabase database,
                                                                                @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        String first = project.autogenerate("library").orElseThrow().id();
        project.ok("upgrade");
        database.execute("INSERT INTO public.author (id, name) VALUES (1, 'Le Guin')");
        // A revision that needs data: on the live database it runs, replayed into an empty one it divides by zero.
        HandRevisions.write(project.versions(), "needsdata", List.of(first), 1, "needs data",
                "SELECT 1 / (SELECT count(*) FROM public.author)", "SELECT 1");
        project.ok("upgrade");

        CliResult check = project.run("check", "--format", "json");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(check.errLines()).singleElement().asString()
                .startsWith("retort check: warning: the revision history does not replay into the embedded PostgreSQL")
                .contains("division by zero")
                .endsWith("compared with the database alone, where only what the entities positively say becomes"
                        + " SQL");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(check.out());
        assertThat(report.get("history")).isEqualTo("none");
    }

    @Test
    void aRevisionEditedIntoARenameIsWhatTheNextComparisonStartsFrom(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        database.execute("INSERT INTO public.author (id, name) VALUES (1, 'Le Guin')",
                "INSERT INTO public.book (id, title, pages, author_id) VALUES (1, 'The Dispossessed', 387, 1)");
        project.useEntities(EntityCompiler.compile("library", "rename-column", dir.resolve("renamed")));
        Revision generated = project.autogenerate("rename pages").orElseThrow();
        assertThat(java.nio.file.Files.readString(generated.file())).contains("DROP COLUMN pages")
                .contains("ADD COLUMN page_count");

        // As the README says: a rename is a drop and an add; the reviewer turns it into a rename, both ways.
        String edited = java.nio.file.Files.readString(generated.file())
                .replaceAll("(?m)^ALTER TABLE public.book DROP COLUMN pages;$",
                        "ALTER TABLE public.book RENAME COLUMN pages TO page_count;")
                .replaceAll("(?m)^ALTER TABLE public.book ADD COLUMN page_count integer;$", "")
                .replaceAll("(?m)^ALTER TABLE public.book DROP COLUMN page_count;$",
                        "ALTER TABLE public.book RENAME COLUMN page_count TO pages;")
                .replaceAll("(?m)^ALTER TABLE public.book ADD COLUMN pages integer;$", "");
        java.nio.file.Files.writeString(generated.file(), edited);
        project.ok("upgrade");

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("SELECT page_count FROM public.book")).containsExactly("387");
        assertThat(project.run("revision", "--autogenerate", "-m", "nothing").out()).contains("No changes");
        project.ok("downgrade", "-1");
        assertThat(database.queryColumn("SELECT pages FROM public.book")).containsExactly("387");
    }
}
