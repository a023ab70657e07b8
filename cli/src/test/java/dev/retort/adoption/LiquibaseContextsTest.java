package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.EntityCompiler;
import dev.retort.cli.ExitCode;
import dev.retort.cli.TestProject;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated application's changelog (the shape JHipster writes): an initial changeset with seed rows, a table only
 * the {@code test} context creates, fake data only the {@code faker} context loads (its CSV not shipped), a
 * changeset a failed precondition marks ran, one a failed precondition skips at every update ({@code onFail="CONTINUE"},
 * recorded nowhere: not pending), includes by search-path path and per-dbms properties. Its production
 * database is built by Liquibase with contexts {@code prod}; retort, told the same contexts (by the README's
 * "Liquibase" section's contexts example, read from README.md), sees that database as Liquibase does.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseContextsTest {

    private static final String RESOURCES = "src/main/resources";
    private static final String MASTER = "config/liquibase/master.xml";

    @Test
    void withTheProductionContextsCheckShowsOnlyTheTrueDifferenceAndTheRevisionRoundTrips(TestDatabase database,
                                                                                         @TempDir Path dir,
                                                                                         @TempDir Path compiled) {
        LiquibaseRuns production = new LiquibaseRuns(dir.resolve(RESOURCES), MASTER, "prod");
        TestProject project = project(dir, database, compiled);
        readmeContextsExample().forEach(project::setProperty);
        production.update(database);
        List<String> built = CatalogSnapshot.of(database);
        assertThat(database.queryColumn("SELECT id || ':' || exectype FROM databasechangelog ORDER BY orderexecuted"))
                .as("Liquibase's record of the production build").containsExactly("000-sequence:EXECUTED",
                        "000-core:EXECUTED", "001-ledger:EXECUTED", "002-drop-legacy:MARK_RAN");

        CliResult check = project.run("check");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DRIFT);
        assertThat(check.out()).contains("1 difference(s)").contains("column public.ledger.currency");

        project.ok("revision", "--autogenerate", "-m", "ledger currency");
        Path changeLog = onlyChangeLog(dir);
        assertThat(read(dir.resolve(RESOURCES).resolve(MASTER))).contains(
                "    <!-- new changelogs are included here -->\n"
                        + "    <include file=\"" + changeLog.getFileName() + "\" relativeToChangelogFile=\"true\"/>\n"
                        + "</databaseChangeLog>");
        assertThat(read(changeLog)).contains("ALTER TABLE public.ledger ADD COLUMN currency character varying(3);");
        CliResult behind = project.run("check");
        assertThat(behind.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(behind.errLines()).singleElement().asString()
                .contains("Liquibase (with contexts \"prod\") would run 1 changeset that the database has not applied: "
                        + "config/liquibase/" + changeLog.getFileName())
                .contains("run `liquibase update` (or start the application) first");

        production.update(database);
        CliResult after = project.run("check");
        assertThat(after.exitCode()).as("%s", after).isEqualTo(ExitCode.OK);
        assertThat(project.ok("lint").out()).as("the changeset Liquibase skips here is not pending")
                .contains("Lint: no findings in 0 revisions.");
        assertThat(database.queryColumn("SELECT count(*) FROM information_schema.tables"
                + " WHERE table_name = 'date_time_wrapper'")).as("the test context stayed out").containsExactly("0");

        project.ok("downgrade", "-1");
        assertThat(CatalogSnapshot.of(database)).as("Liquibase's rollback restores the catalog").isEqualTo(built);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
    }

    /** The same database, with retort not told the contexts: one true line, naming what is missing and the setting. */
    @Test
    void withoutContextsTheChangesetsLiquibaseWouldRunAreNamedWithTheSettingToSet(TestDatabase database,
                                                                                   @TempDir Path dir,
                                                                                   @TempDir Path compiled) {
        TestProject project = project(dir, database, compiled);
        new LiquibaseRuns(dir.resolve(RESOURCES), MASTER, "prod").update(database);

        CliResult check = project.run("check");
        CliResult revision = project.run("revision", "--autogenerate", "-m", "ledger currency");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(check.errLines()).singleElement().asString()
                .contains("Liquibase (with no contexts or labels) would run 2 changesets that the database has not"
                        + " applied: config/liquibase/changelog/000_initial_schema.xml::000-test-wrapper::app,"
                        + " config/liquibase/changelog/001_added_entity_Ledger.xml::001-ledger-data::app")
                .contains("set liquibase.contexts (and liquibase.labels) in retort.properties")
                .contains("context \"faker\", context \"test\"")
                .doesNotContain("retort stamp").doesNotContain("retort upgrade");
        assertThat(revision.exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        assertThat(revision.errLines()).singleElement().asString().contains("set liquibase.contexts");
        assertThat(changeLogs(dir)).isEmpty();
    }

    /**
     * A database Liquibase also ran the {@code test} context on: retort, told {@code prod}, leaves that changeset's
     * row to Liquibase (not diverged, not a gap) in check and in the rollback of its own changeset.
     */
    @Test
    void rowsOfChangesetsTheContextsLeaveOutAreNeitherDivergedNorInTheWayOfADowngrade(TestDatabase database,
                                                                                    @TempDir Path dir,
                                                                                    @TempDir Path compiled) {
        TestProject project = project(dir, database, compiled);
        project.setProperty("liquibase.contexts", "prod");
        project.setProperty("retort.ignore", "date_time_wrapper");
        LiquibaseRuns withTests = new LiquibaseRuns(dir.resolve(RESOURCES), MASTER, "prod, test");
        withTests.update(database);
        List<String> built = CatalogSnapshot.of(database);

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DRIFT);
        assertThat(check.out()).contains("1 difference(s)").contains("column public.ledger.currency");
        project.ok("revision", "--autogenerate", "-m", "ledger currency");
        withTests.update(database);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);

        project.ok("downgrade", "-1");

        assertThat(CatalogSnapshot.of(database)).isEqualTo(built);
        assertThat(database.queryColumn("SELECT count(*) FROM databasechangelog WHERE id = '000-test-wrapper'"))
                .containsExactly("1");
    }

    /** A row whose changeset the changelog no longer has: diverged, with what to do in Liquibase's terms. */
    @Test
    void aRecordedChangesetTheChangelogLostIsDivergedWithALiquibaseHint(TestDatabase database, @TempDir Path dir,
                                                                       @TempDir Path compiled) {
        TestProject project = project(dir, database, compiled);
        new LiquibaseRuns(dir.resolve(RESOURCES), MASTER, "prod").update(database);
        database.execute("INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype)"
                + " VALUES ('003-gone', 'app', 'config/liquibase/changelog/003_gone.xml', now(), 99, 'EXECUTED')");
        project.setProperty("liquibase.contexts", "prod");

        CliResult check = project.run("check");

        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.DIVERGED);
        assertThat(check.errLines()).singleElement().asString()
                .contains("the database records changeset config/liquibase/changelog/003_gone.xml::003-gone::app as"
                        + " applied (DATABASECHANGELOG), but the master changelog")
                .contains("script.location is not the search path").doesNotContain("retort stamp");
    }

    private static TestProject project(Path dir, TestDatabase database, Path compiled) {
        LiquibaseRuns.copyChangeLogFixture("/dev/retort/adoption/liquibase-contexts", dir.resolve(RESOURCES));
        Path entities = EntityCompiler.compileFolder("/dev/retort/adoption/liquibase-contexts/entities", compiled);
        TestProject project = TestProject.init(dir, database, entities, "dev.retort.adoption.ledger");
        project.setProperty("script.format", "liquibase");
        project.setProperty("script.location", RESOURCES);
        project.setProperty("liquibase.change-log", MASTER);
        project.setProperty("history.database", database.url());
        project.setProperty("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        project.setProperty("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP");
        return project;
    }

    /** The README's contexts example ({@code liquibase.contexts=prod} and the layout it goes with), as settings. */
    private static Map<String, String> readmeContextsExample() {
        String text = read(readme());
        int start = text.indexOf("### Liquibase\n");
        assertThat(start).isNotNegative();
        Matcher block = Pattern.compile("```properties\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (block.find(start)) {
            if (block.group(1).contains("liquibase.contexts=")) {
                Map<String, String> settings = new LinkedHashMap<>();
                for (String line : block.group(1).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                    }
                }
                assertThat(settings).containsEntry("script.location", RESOURCES)
                        .containsEntry("liquibase.change-log", MASTER);
                return settings;
            }
            start = block.end();
        }
        throw new AssertionError("no properties example with liquibase.contexts in README.md's Liquibase section");
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir.resolve("README.md");
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }

    private static Path onlyChangeLog(Path dir) {
        List<Path> written = changeLogs(dir);
        assertThat(written).hasSize(1);
        return written.get(0);
    }

    /** The changelogs retort wrote: {@code <yyyyMMddHHmmss>_<slug>.sql} beside the master. */
    private static List<Path> changeLogs(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve(RESOURCES).resolve("config/liquibase"))) {
            return files.filter(file -> file.getFileName().toString().matches("\\d{14}_.*\\.sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
