package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.sample.shop.Customer;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flyway round trip, with Flyway itself applying what retort writes: the sample shop model from an empty
 * database, and the evolving model ({@code adoption/evolving/v1} to {@code v5}) version by version, each written by
 * {@code revision --autogenerate} as {@code V<n>}/{@code U<n>} (a change of a table that exists as a version in a
 * transaction and one outside it), applied by Flyway's {@code migrate}, with {@code check} clean after each; then
 * retort runs the {@code U} scripts newest first (Flyway Community has no undo), each model version's restoring the
 * catalog exactly as it was before it.
 */
@ExtendWith(PostgresExtension.class)
class FlywayRoundTripTest {

    private static final String MIGRATIONS = "src/main/resources/db/migration";

    @Test
    void theSampleModelGoesUpThroughFlywayAndBackThroughItsUndoScriptExactly(TestDatabase database,
                                                                              @TempDir Path dir) {
        TestProject project = flywayProject(dir, database, EntityCompiler.codeSource(Customer.class),
                "dev.retort.sample.shop");
        Path migrations = dir.resolve(MIGRATIONS);
        List<String> empty = withoutFlywaysTable(CatalogSnapshot.of(database));

        CliResult written = project.ok("revision", "--autogenerate", "-m", "create the shop");
        assertThat(written.out()).contains("Wrote " + migrations.resolve("V1__create_the_shop.sql"))
                .contains("Wrote " + migrations.resolve("U1__create_the_shop.sql"));
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.NOT_UP_TO_DATE);
        migrate(database, migrations);
        List<String> atV1 = CatalogSnapshot.of(database);
        assertThat(atV1).contains("relation public.customer kind=r", "relation public.customer_order kind=r");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(project.ok("revision", "--autogenerate", "-m", "nothing").out()).contains("No changes");

        project.ok("downgrade", "base");
        assertThat(withoutFlywaysTable(CatalogSnapshot.of(database))).isEqualTo(empty);
        assertThat(database.queryColumn("SELECT count(*) FROM flyway_schema_history")).containsExactly("0");

        migrate(database, migrations);
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV1);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theEvolvingModelGoesUpFiveFlywayVersionsAndDownFiveUndoScriptsExactly(TestDatabase database,
                                                                                @TempDir Path dir,
                                                                                @TempDir Path compiled) {
        List<Path> versions = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            versions.add(EntityCompiler.compileFolder("/dev/retort/adoption/evolving/v" + v, compiled.resolve("v" + v)));
        }
        TestProject project = flywayProject(dir, database, versions.get(0), "dev.retort.adoption.evolving");
        Path migrations = dir.resolve(MIGRATIONS);
        List<List<String>> before = new ArrayList<>();
        List<Integer> flywayVersions = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            project.useEntities(versions.get(v - 1));
            before.add(v == 1 ? withoutFlywaysTable(CatalogSnapshot.of(database)) : CatalogSnapshot.of(database));
            CliResult written = project.ok("revision", "--autogenerate", "-m", "version " + v);
            String slug = "__version_" + v;
            // a change of a table with rows is a version in a transaction and one outside it
            flywayVersions.add((int) written.out().lines().filter(line -> line.startsWith("Wrote ")
                    && line.matches(".*/V\\d+" + slug + "(_outside_transaction)?\\.sql .*")).count());
            assertThat(flywayVersions.get(v - 1)).as("versions written for %s", v).isBetween(1, 3);
            migrate(database, migrations);
            CliResult check = project.run("check");
            assertThat(check.exitCode()).as("check after Flyway applied V%s\n%s", v, check).isEqualTo(ExitCode.OK);
        }
        assertThat(database.queryColumn("SELECT count(*) FILTER (WHERE success) || '/' || count(*)"
                + " FROM flyway_schema_history")).containsExactly(flywayVersions.stream().mapToInt(n -> n).sum() + "/"
                + flywayVersions.stream().mapToInt(n -> n).sum());

        for (int v = 5; v >= 1; v--) {
            project.ok("downgrade", "-" + flywayVersions.get(v - 1));
            List<String> catalog = CatalogSnapshot.of(database);
            assertThat(v == 1 ? withoutFlywaysTable(catalog) : catalog).as("after U%s", v)
                    .isEqualTo(before.get(v - 1));
        }
        migrate(database, migrations);
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
    }

    private static TestProject flywayProject(Path dir, TestDatabase database, Path classes, String packages) {
        TestProject project = TestProject.init(dir, database, classes, packages);
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", MIGRATIONS);
        project.setProperty("history.database", database.url());
        return project;
    }

    private static void migrate(TestDatabase database, Path migrations) {
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + migrations).load().migrate();
    }

    /** The catalog without Flyway's own table, which Flyway creates on its first migrate and never drops. */
    private static List<String> withoutFlywaysTable(List<String> catalog) {
        return catalog.stream().filter(line -> !line.contains("flyway_schema_history")).toList();
    }
}
