package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.FlywaySettings;
import dev.retort.flyway.FlywayScriptWriter;
import dev.retort.revisions.Revision;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change whose index is built concurrently ({@code CREATE INDEX CONCURRENTLY}, which PostgreSQL refuses inside a
 * transaction): the Flyway writer puts the transactional part in one version and the concurrent build in the next,
 * with a {@code .sql.conf} saying {@code executeInTransaction=false}, and the undo scripts likewise. Flyway itself
 * applies both; check is clean; retort downgrade runs the non-transactional undo on its own and then the other,
 * restoring the catalog exactly. The same statements in one script are what Flyway refuses.
 */
@ExtendWith(PostgresExtension.class)
class FlywayNoTransactionTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final List<ScriptStatement> UPGRADE = List.of(
            new ScriptStatement("column public.book.subtitle added [Book.subtitle]",
                    "ALTER TABLE public.book ADD COLUMN subtitle character varying(150)", false, true),
            new ScriptStatement("index public.book.idx_book_title added [Book]",
                    "CREATE INDEX CONCURRENTLY idx_book_title ON public.book USING btree (title)", false, false));
    private static final List<ScriptStatement> DOWNGRADE = List.of(
            new ScriptStatement("undo: index public.book.idx_book_title added [Book]",
                    "DROP INDEX CONCURRENTLY public.idx_book_title", false, false),
            new ScriptStatement("undo: column public.book.subtitle added [Book.subtitle]",
                    "ALTER TABLE public.book DROP COLUMN subtitle", true, true));

    @Test
    void anIndexBuiltConcurrentlyGetsAVersionOfItsOwnThatFlywayRunsOutsideATransaction(TestDatabase database,
                                                                                       @TempDir Path dir,
                                                                                       @TempDir Path compiled)
            throws Exception {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("library",
                "subtitle-and-index", compiled), PACKAGE);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", "db/migration");
        project.setProperty("history.database", database.url());
        migrate(database, migrations);
        List<String> atV1 = CatalogSnapshot.of(database);

        FlywayScriptWriter writer = new FlywayScriptWriter(List.of(migrations),
                RevisionTemplates.flywayForProject(migrations), FlywaySettings.DEFAULTS);
        List<Revision> written = writer.write(new RevisionDocument(writer.nextVersion().toString(), List.of("1"),
                "subtitle and index", Instant.now(), UPGRADE, DOWNGRADE, List.of(), "test"));

        assertThat(written).extracting(Revision::id).containsExactly("2", "3");
        assertThat(migrations.resolve("V2__subtitle_and_index.sql.conf")).doesNotExist();
        for (String script : List.of("V3__subtitle_and_index_outside_transaction.sql",
                "U3__subtitle_and_index_outside_transaction.sql")) {
            assertThat(read(migrations.resolve(script + ".conf"))).contains("executeInTransaction=false");
        }
        assertThat(read(migrations.resolve("V3__subtitle_and_index_outside_transaction.sql")))
                .contains("CREATE INDEX CONCURRENTLY idx_book_title").doesNotContain("ADD COLUMN");
        assertThat(read(migrations.resolve("U2__subtitle_and_index.sql"))).contains("DROP COLUMN subtitle")
                .doesNotContain("DROP INDEX");

        migrate(database, migrations);
        assertThat(database.queryColumn("SELECT version || ':' || success FROM flyway_schema_history"
                + " ORDER BY installed_rank")).containsExactly("1:true", "2:true", "3:true");
        assertThat(database.queryColumn("SELECT indisvalid FROM pg_index WHERE indexrelid ="
                + " 'public.idx_book_title'::regclass")).containsExactly("t");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);

        project.ok("downgrade", "-1");
        assertThat(database.queryColumn("SELECT to_regclass('public.idx_book_title') IS NULL")).containsExactly("t");
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV1);
        assertThat(database.queryColumn("SELECT max(version) FROM flyway_schema_history")).containsExactly("1");

        migrate(database, migrations);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** The control: the same statements in one script, as retort would write without splitting, Flyway refuses. */
    @Test
    void flywayRefusesTheSameStatementsInOneScript(TestDatabase database, @TempDir Path dir) throws IOException {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        Files.writeString(migrations.resolve("V2__mixed.sql"), UPGRADE.get(0).sql() + ";\n" + UPGRADE.get(1).sql()
                + ";\n");

        assertThatThrownBy(() -> migrate(database, migrations)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("non-transactional");
    }

    /**
     * Flyway as a project with scripts run outside a transaction configures it: its lock held by the session, not
     * by a transaction that {@code CREATE INDEX CONCURRENTLY} would wait for forever (flyway/flyway#3497).
     */
    static void migrate(TestDatabase database, Path migrations) {
        migrate(database, migrations, null);
    }

    /** Flyway's migrate up to {@code target}, or to the latest version when it is null. */
    static void migrate(TestDatabase database, Path migrations, String target) {
        FluentConfiguration flyway = Flyway.configure().dataSource(database.url(), database.user(),
                database.password()).locations("filesystem:" + migrations);
        if (target != null) {
            flyway.target(target);
        }
        flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        flyway.load().migrate();
    }

    static void copyLibraryV1(Path migrations) {
        try {
            Path source = Path.of(FlywayNoTransactionTest.class.getResource("/dev/retort/cli/flyway/library").toURI());
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

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
