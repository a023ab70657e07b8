package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code script.format=flyway}: a team whose migrations Flyway runs, with a hand-written {@code V1}, changes its
 * entities; retort writes {@code V2}/{@code U2} into the Flyway directory, Flyway itself applies {@code V2}, retort's
 * check replays the directory through Flyway and finds nothing, {@code U2} restores the catalog exactly, and the
 * next change becomes {@code V3}/{@code U3} the same way.
 */
@ExtendWith(PostgresExtension.class)
class FlywayFormatTest {

    private static final String PACKAGE = "dev.retort.e2e.library";
    private static final String MIGRATIONS = "db/migration";

    @Test
    void retortWritesFlywayVersionsThatFlywayAppliesAndTheirUndoScriptsRestoreTheCatalogExactly(
            TestDatabase database, @TempDir Path dir, @TempDir Path compiled) {
        Path migrations = dir.resolve(MIGRATIONS);
        copyHandWrittenHistory(migrations);
        TestProject project = flywayProject(dir, database, EntityCompiler.library());
        flywayMigrate(database, migrations);
        CliResult first = project.run("check");
        assertThat(first.exitCode()).as("the hand-written V1 is the base model: %s", first).isEqualTo(ExitCode.OK);

        project.useEntities(EntityCompiler.compile("library", "add-column", compiled.resolve("add-column")));
        evolve(project, database, migrations, "add subtitle", "V2__add_subtitle.sql", "U2__add_subtitle.sql", false);

        project.useEntities(EntityCompiler.compile("library", "add-entity", compiled.resolve("add-entity")));
        evolve(project, database, migrations, "add reviews", "V3__add_reviews.sql", "U3__add_reviews.sql", true);

        assertThat(project.ok("current").out()).contains("3");
        assertThat(project.ok("--verbose", "history").out()).contains("add subtitle").contains("add reviews")
                .contains("by database user " + database.user()).doesNotContain("retort 0.1");
    }

    /** Without a database, Flyway's history replayed into the embedded PostgreSQL is what the entities meet. */
    @Test
    void withoutADatabaseTheNextVersionIsWrittenAgainstTheHistoryReplayedByFlyway(TestDatabase database,
                                                                                   @TempDir Path dir,
                                                                                   @TempDir Path compiled) {
        Path migrations = dir.resolve(MIGRATIONS);
        copyHandWrittenHistory(migrations);
        TestProject project = flywayProject(dir, database, EntityCompiler.compile("library", "add-column",
                compiled.resolve("add-column")));
        project.setProperty("database.url", "");

        CliResult written = project.ok("revision", "--autogenerate", "-m", "add subtitle");

        assertThat(written.out()).contains("Wrote " + migrations.resolve("V2__add_subtitle.sql"))
                .contains("(2 upgrade statements, 0 destructive)")
                .contains("Wrote " + migrations.resolve("U2__add_subtitle.sql") + " (its undo script, 2 statements");
        assertThat(read(migrations.resolve("V2__add_subtitle.sql")))
                .contains("ALTER TABLE public.book ADD COLUMN subtitle character varying(150);");
    }

    /** By default the history replays into the embedded PostgreSQL, and Flyway's log stays out of the report. */
    @Test
    void checkReplaysTheFlywayDirectoryIntoTheEmbeddedPostgresByDefault(TestDatabase database, @TempDir Path dir) {
        Path migrations = dir.resolve(MIGRATIONS);
        copyHandWrittenHistory(migrations);
        TestProject project = flywayProject(dir, database, EntityCompiler.library());
        project.setProperty("history.database", "embedded");
        flywayMigrate(database, migrations);
        database.execute("CREATE INDEX book_by_title ON public.book (title)");

        CliResult check = project.run("check", "--format", "json");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DRIFT);
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(check.out());
        assertThat(report.get("history")).isEqualTo("replayed");
        assertThat((List<?>) report.get("differences")).singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("cause")).isEqualTo("drift"));
    }

    @Test
    void upgradeAndStampLeaveFlywaysProjectToFlywayAndDowngradeNeedsUndoScripts(TestDatabase database,
                                                                                  @TempDir Path dir) {
        Path migrations = dir.resolve(MIGRATIONS);
        copyHandWrittenHistory(migrations);
        TestProject project = flywayProject(dir, database, EntityCompiler.library());

        CliResult upgrade = project.run("upgrade");
        CliResult stamp = project.run("stamp", "head");
        assertThat(database.queryColumn("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                .as("nothing applied, no table of retort's made").containsExactly("0");
        flywayMigrate(database, migrations);
        List<String> migrated = CatalogSnapshot.of(database);
        CliResult downgrade = project.run("downgrade", "base");

        assertThat(upgrade.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(upgrade.errLines()).singleElement().asString()
                .startsWith("retort upgrade: this project's migrations are run by Flyway").contains("flyway migrate");
        assertThat(stamp.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(stamp.errLines()).singleElement().asString().contains("flyway repair");
        assertThat(downgrade.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(downgrade.errLines()).singleElement().asString()
                .contains("version 1 (" + migrations.resolve("V1__create_library.sql") + ") has no U1__*.sql undo"
                        + " script beside it: nothing was reverted");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(migrated);
    }

    /**
     * One evolution step: autogenerate writes the version and its undo script; the database is behind until Flyway
     * applies it; then check is clean; the undo script (run by retort downgrade, or as a user would run it, with
     * Flyway's row deleted by hand) restores the catalog exactly; Flyway applies the version again and check is
     * clean again.
     */
    private static void evolve(TestProject project, TestDatabase database, Path migrations, String message,
                               String version, String undo, boolean undoByRetort) {
        List<String> before = CatalogSnapshot.of(database);

        CliResult written = project.ok("revision", "--autogenerate", "-m", message);

        assertThat(written.out()).contains("Wrote " + migrations.resolve(version));
        assertThat(migrations.resolve(undo)).exists();
        assertThat(read(migrations.resolve(version))).doesNotContain("retort:");
        assertThat(project.run("check").exitCode()).as("the database is behind the new version")
                .isEqualTo(ExitCode.NOT_UP_TO_DATE);
        CliResult again = project.run("revision", "--autogenerate", "-m", "again");
        assertThat(again.exitCode()).as("autogenerate wants the database at the highest version: %s", again)
                .isEqualTo(ExitCode.NOT_UP_TO_DATE);

        flywayMigrate(database, migrations);
        CliResult migrated = project.run("check");
        assertThat(migrated.exitCode()).as("after flyway migrate: %s", migrated).isEqualTo(ExitCode.OK);

        String versionNumber = version.substring(1, version.indexOf("__"));
        if (undoByRetort) {
            project.ok("downgrade", "-1");
        } else {
            database.execute(read(migrations.resolve(undo)),
                    "DELETE FROM flyway_schema_history WHERE version = '" + versionNumber + "'");
        }
        assertThat(database.queryColumn("SELECT count(*) FROM flyway_schema_history WHERE version = '"
                + versionNumber + "'")).containsExactly("0");
        assertThat(CatalogSnapshot.of(database)).as("after %s", undo).isEqualTo(before);

        flywayMigrate(database, migrations);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
    }

    private static TestProject flywayProject(Path dir, TestDatabase database, Path classes) {
        TestProject project = TestProject.init(dir, database, classes, PACKAGE);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", MIGRATIONS);
        project.setProperty("history.database", database.url());
        return project;
    }

    private static void flywayMigrate(TestDatabase database, Path migrations) {
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + migrations).load().migrate();
    }

    private static void copyHandWrittenHistory(Path migrations) {
        try {
            Path source = Path.of(FlywayFormatTest.class.getResource("/dev/retort/cli/flyway/library").toURI());
            Files.createDirectories(migrations);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, migrations.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
