package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}, run by psql on one database, against {@code upgrade} and
 * {@code downgrade} on another: the same catalog and the same version table, and no database touched while the
 * SQL is written.
 */
@ExtendWith(PostgresExtension.class)
class OfflineSqlTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void theSqlRunByPsqlGivesTheSameCatalogAndVersionTableAsUpgradeAndDowngrade(TestDatabase online,
            TestDatabase offline, @TempDir Path dir) throws Exception {
        TestProject project = TestProject.init(dir, online, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*, book_title_isbn");
        Revision base = project.autogenerate("library").orElseThrow();
        Path versions = project.versions();
        HandRevisions.write(versions, "left1", List.of(base.id()), 1, "shelf counter", """
                CREATE TABLE public.shelf (id integer PRIMARY KEY, note text DEFAULT 'a; b');
                CREATE FUNCTION public.shelf_count() RETURNS bigint LANGUAGE plpgsql AS $$
                BEGIN
                    RETURN (SELECT count(*) FROM public.shelf); -- a ';' inside a function body
                END;
                $$;
                """, "DROP FUNCTION public.shelf_count();\nDROP TABLE public.shelf;");
        HandRevisions.write(versions, "right1", List.of(base.id()), 2, "index built concurrently", """
                -- retort:no-transaction
                CREATE INDEX CONCURRENTLY book_title_isbn ON public.book (title, isbn);
                -- retort:transaction
                COMMENT ON INDEX public.book_title_isbn IS 'for the catalogue';
                """, "-- retort:no-transaction\nDROP INDEX CONCURRENTLY public.book_title_isbn;");
        project.ok("merge", "-m", "join", "left1", "right1");

        // Nothing may touch a database: point the project at a port where none listens.
        project.setProperty("database.url", "jdbc:postgresql://127.0.0.1:" + BadInputTest.closedPort() + "/none");
        String upgradeSql = project.ok("upgrade", "--sql", "base:head").out();
        assertThat(project.ok("upgrade", "--sql", "head").out()).isEqualTo(upgradeSql);
        String downgradeSql = project.ok("downgrade", "--sql", "head:base").out();
        project.setProperty("database.url", online.url());
        assertThat(upgradeSql).startsWith("-- retort upgrade --sql base:head: 4 revisions, written by retort ")
                .contains("-- no-transaction block: each statement runs on its own\nCREATE INDEX CONCURRENTLY")
                .endsWith("SELECT pg_catalog.pg_advisory_unlock(-6000398394032713877);\n");

        CliResult psql = Psql.runFile(offline, write(dir, "upgrade.sql", upgradeSql));
        assertThat(psql.exitCode()).as("%s", psql).isZero();
        project.ok("upgrade", "head");
        assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online))
                .anyMatch(fact -> fact.contains("book_title_isbn"));
        assertThat(versionTable(offline)).isEqualTo(versionTable(online)).hasSize(4);
        assertThat(offline.queryColumn("select retort_version || ' ' || coalesce(applied_by_os_user, '-') || ' '"
                + " || (duration_ms >= 0) from retort_version where revision = 'left1'"))
                .singleElement().asString().endsWith(" (offline SQL) - true");

        // retort reads what psql wrote: same heads, same checksums, entities and database agree.
        project.setProperty("database.url", offline.url());
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        project.setProperty("database.url", online.url());

        CliResult psqlDown = Psql.runFile(offline, write(dir, "downgrade.sql", downgradeSql));
        assertThat(psqlDown.exitCode()).as("%s", psqlDown).isZero();
        project.ok("downgrade", "base");
        assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));
        assertThat(versionTable(offline)).isEmpty();
    }

    @Test
    void aRangeStartsWhereTheDatabaseIsAndAReRunStopsAtTheFirstRevisionAlreadyThere(TestDatabase online,
            TestDatabase offline, @TempDir Path dir) throws Exception {
        TestProject project = TestProject.init(dir, online, library, PACKAGE);
        project.setProperty("retort.ignore", "shelf*");
        Revision base = project.autogenerate("library").orElseThrow();
        HandRevisions.write(project.versions(), "shelf1", List.of(base.id()), 1, "shelves",
                "CREATE TABLE public.shelf (id integer PRIMARY KEY)", "DROP TABLE public.shelf");
        HandRevisions.write(project.versions(), "shelf2", List.of("shelf1"), 2, "shelf rows",
                "ALTER TABLE public.shelf ADD COLUMN rows integer", "ALTER TABLE public.shelf DROP COLUMN rows");

        Path first = write(dir, "first.sql", project.ok("upgrade", "--sql", "base:+1").out());
        Path rest = write(dir, "rest.sql", project.ok("upgrade", "--sql", base.id() + ":head").out());
        assertThat(Files.readString(rest)).contains("-- upgrade shelf1: shelves", "-- upgrade shelf2: shelf rows")
                .doesNotContain("-- upgrade " + base.id());
        assertThat(Psql.runFile(offline, first).exitCode()).isZero();
        assertThat(Psql.runFile(offline, rest).exitCode()).isZero();
        project.ok("upgrade", "head");
        assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));

        CliResult again = Psql.runFile(offline, rest);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("relation \"shelf\" already exists");
        assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));
        assertThat(versionTable(offline)).isEqualTo(versionTable(online));
    }

    @Test
    void aVersionTableInASchemaOfItsOwnIsCreatedByTheScriptAndReadByRetort(TestDatabase offline, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, offline, dir.resolve("no-entities"), "none");
        project.setProperty("version.table", "ops.schema_revisions");
        HandRevisions.chain(project.versions(), 2, null);

        Path script = write(dir, "upgrade.sql", project.ok("upgrade", "--sql", "head").out());
        assertThat(Psql.runFile(offline, script).exitCode()).isZero();

        assertThat(offline.queryColumn("select revision from ops.schema_revisions order by 1"))
                .containsExactly("rev01", "rev02");
        assertThat(project.ok("history").out()).startsWith("rev01 -> rev02 (head) (current), step 2");
        assertThat(project.ok("upgrade").out()).contains("nothing to do: the database is already at head (rev02)");
    }

    @Test
    void downgradeSqlNeedsWhereTheDatabaseIs(TestDatabase online, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, online, library, PACKAGE);
        project.autogenerate("library").orElseThrow();

        CliResult result = project.run("downgrade", "--sql", "base");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("--sql needs FROM:TO (what the database is at, and where to go), e.g. "
                + "head:base or head:-1; got 'base'");
    }

    private static List<String> versionTable(TestDatabase database) {
        return database.queryColumn("select revision || ' ' || checksum || ' ' || applied_by_db_user "
                + "from retort_version order by revision");
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
