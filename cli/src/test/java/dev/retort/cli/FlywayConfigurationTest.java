package dev.retort.cli;

import static dev.retort.cli.FlywayNoTransactionTest.copyLibraryV1;
import static dev.retort.cli.FlywayNoTransactionTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.FlywaySettings;
import dev.retort.flyway.FlywayScriptWriter;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway project configured the way Flyway projects are, with nothing about Flyway in retort.properties: retort
 * tells the format from the project, and reads Flyway's own configuration — a renamed history table, a location,
 * placeholders in the scripts (in check's replay and in retort's undo), a baseline row — as Flyway does.
 */
@ExtendWith(PostgresExtension.class)
class FlywayConfigurationTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void flywayTomlWithARenamedTableALocationAndPlaceholdersIsReadAsFlywayReadsIt(TestDatabase database,
                                                                                 @TempDir Path dir,
                                                                                 @TempDir Path compiled)
            throws Exception {
        Files.writeString(dir.resolve("flyway.toml"), """
                [environments.default]
                url = "jdbc:postgresql://elsewhere/not-read-by-retort"

                [flyway]
                locations = ["filesystem:sql"]   # the scripts
                table = "schema_history"

                [flyway.placeholders]
                title_length = "200"
                """);
        Path sql = dir.resolve("sql");
        copyLibraryV1(sql);
        Path v1 = sql.resolve("V1__create_library.sql");
        Files.writeString(v1, read(v1).replace("title varchar(200)", "title varchar(${title_length})"));
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.setProperty("history.database", database.url());
        Flyway flyway = flyway(database, sql).table("schema_history")
                .placeholders(Map.of("title_length", "200")).load();
        flyway.migrate();

        CliResult check = project.run("--verbose", "check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(check.err()).contains("retort: setting script.format = flyway (detected: V*__*.sql files in sql")
                .contains("retort: setting flyway.table = schema_history (flyway.toml: flyway.table)");

        project.useEntities(EntityCompiler.compile("library", "add-column", compiled));
        List<String> atV1 = CatalogSnapshot.of(database);
        CliResult written = project.ok("revision", "--autogenerate", "-m", "add subtitle");
        assertThat(written.out()).contains("Wrote " + sql.resolve("V2__add_subtitle.sql"));
        flyway.migrate();
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);

        Files.writeString(sql.resolve("U2__add_subtitle.sql"), read(sql.resolve("U2__add_subtitle.sql"))
                + "\nALTER TABLE public.book ALTER COLUMN title TYPE varchar(${title_length});\n");
        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV1);
        assertThat(database.queryColumn("SELECT string_agg(version, ',' ORDER BY installed_rank)"
                + " FROM schema_history")).containsExactly("1");
        assertThat(database.queryColumn("SELECT to_regclass('flyway_schema_history') IS NULL")).containsExactly("t");
    }

    /** A generated statement holding {@code ${...}} text is kept from Flyway's replacement by its script's .conf. */
    @Test
    void aStatementThatLooksLikeAPlaceholderIsRunAsWritten(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        FlywaySettings settings = new FlywaySettings(Map.of("flyway.placeholders.price", "9"));
        FlywayScriptWriter writer = new FlywayScriptWriter(List.of(migrations),
                RevisionTemplates.flywayForProject(migrations), settings);
        String comment = "COMMENT ON COLUMN public.book.title IS 'costs ${price}'";

        writer.write(new RevisionDocument("2", List.of("1"), "comment", Instant.now(),
                List.of(new ScriptStatement("comment on title", comment, false)),
                List.of(new ScriptStatement("undo: comment on title", "COMMENT ON COLUMN public.book.title IS NULL",
                        false)), List.of(), "test"));
        flyway(database, migrations).placeholders(Map.of("price", "9")).load().migrate();

        assertThat(read(migrations.resolve("V2__comment.sql.conf"))).contains("placeholderReplacement=false");
        assertThat(database.queryColumn("SELECT col_description('public.book'::regclass, 2)"))
                .containsExactly("costs ${price}");
    }

    /**
     * A database whose schema existed before Flyway, baselined at version 1: the baseline row stands for V1, so
     * check is clean, the next version is V2, and retort downgrade stops at the baseline.
     */
    @Test
    void aBaselineRowCountsAsTheVersionsUpToIt(TestDatabase database, @TempDir Path dir, @TempDir Path compiled)
            throws Exception {
        Path migrations = dir.resolve("db/migration");
        copyLibraryV1(migrations);
        Files.writeString(dir.resolve("flyway.conf"), "flyway.locations=filesystem:db/migration\n"
                + "flyway.baselineVersion=1\n");
        database.execute(read(migrations.resolve("V1__create_library.sql")));
        Flyway flyway = flyway(database, migrations).baselineVersion("1").load();
        flyway.baseline();
        assertThat(database.queryColumn("SELECT type FROM flyway_schema_history")).containsExactly("BASELINE");
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), PACKAGE);
        project.setProperty("history.database", database.url());

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);

        project.useEntities(EntityCompiler.compile("library", "add-column", compiled));
        project.ok("revision", "--autogenerate", "-m", "add subtitle");
        flyway.migrate();
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        project.ok("downgrade", "-1");
        CliResult belowBaseline = project.run("downgrade", "-1");
        assertThat(belowBaseline.exitCode()).isNotEqualTo(ExitCode.OK);
        assertThat(belowBaseline.errLines()).singleElement().asString()
                .contains("version 1 is at or under Flyway's baseline 1");
        assertThat(database.queryColumn("SELECT to_regclass('public.book') IS NOT NULL")).containsExactly("t");
    }

    /**
     * A Spring Boot application whose Flyway works in a schema of its own ({@code spring.flyway.default-schema}):
     * Flyway's table and the scripts' unqualified names are there, in check's replay and in retort's undo alike.
     */
    @Test
    void springFlywaysDefaultSchemaHoldsTheHistoryTableAndTheUnqualifiedNames(TestDatabase database,
                                                                              @TempDir Path dir,
                                                                              @TempDir Path compiled)
            throws Exception {
        Path migrations = dir.resolve("src/main/resources/db/migration");
        copyLibraryV1(migrations);
        EntityCompiler.compile("library", "base", dir.resolve("target/classes"));
        Files.writeString(dir.resolve("src/main/resources/application.yml"), """
                spring:
                  datasource:
                    url: %s
                    username: %s
                    password: "%s"
                  jpa:
                    properties:
                      hibernate.default_schema: library
                  flyway:
                    default-schema: library
                    schemas: library
                """.formatted(database.url(), database.user(), database.password()));
        Files.writeString(dir.resolve("retort.properties"), "entities.packages=" + PACKAGE + "\n"
                + "history.database=" + database.url() + "\n");
        Flyway flyway = flyway(database, migrations).schemas("library").defaultSchema("library").load();
        flyway.migrate();
        assertThat(database.queryColumn("SELECT to_regclass('library.flyway_schema_history') IS NOT NULL"))
                .containsExactly("t");

        CliResult check = Cli.run("-p", dir.toString(), "check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);

        Files.delete(dir.resolve("target/classes/dev/retort/e2e/library/Book.class"));
        EntityCompiler.compile("library", "add-column", compiled);
        Files.copy(compiled.resolve("dev/retort/e2e/library/Book.class"),
                dir.resolve("target/classes/dev/retort/e2e/library/Book.class"));
        List<String> atV1 = CatalogSnapshot.of(database);
        CliResult written = Cli.run("-p", dir.toString(), "revision", "--autogenerate", "-m", "add subtitle");
        assertThat(written.out()).as("%s", written).contains("Wrote " + migrations.resolve("V2__add_subtitle.sql"));
        assertThat(read(migrations.resolve("V2__add_subtitle.sql"))).contains("ALTER TABLE library.book");
        flyway.migrate();
        assertThat(Cli.run("-p", dir.toString(), "check").exitCode()).isEqualTo(ExitCode.OK);

        Path undo = migrations.resolve("U2__add_subtitle.sql");
        Files.writeString(undo, read(undo) + "\nALTER TABLE book ALTER COLUMN title TYPE varchar(200);\n");
        CliResult downgrade = Cli.run("-p", dir.toString(), "downgrade", "-1");
        assertThat(downgrade.exitCode()).as("%s", downgrade).isEqualTo(ExitCode.OK);
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV1);
    }

    /** No V script in the project, but the database has Flyway's table: the project is told to be Flyway's. */
    @Test
    void aDatabaseWithFlywaysTableMakesTheProjectFlywaysWhenNothingElseSays(TestDatabase database,
                                                                             @TempDir Path dir) {
        Path elsewhere = dir.resolve("elsewhere");
        copyLibraryV1(elsewhere);
        flyway(database, elsewhere).load().migrate();
        TestProject project = TestProject.init(dir.resolve("project"), database, EntityCompiler.library(), PACKAGE);

        CliResult check = project.run("--verbose", "check");

        assertThat(check.err()).contains("retort: setting script.format = flyway (detected: the database has"
                + " Flyway's table flyway_schema_history)");
    }

    private static FluentConfiguration flyway(TestDatabase database, Path migrations) {
        return Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + migrations);
    }
}
