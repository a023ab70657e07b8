package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A first upgrade that fails leaves the database as it found it, version table and its schema included. */
@ExtendWith(PostgresExtension.class)
class FailedFirstUpgradeTest {

    @Test
    void theVersionTableAndItsSchemaGoWhenTheFirstRevisionFails(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, dir.resolve("no-entities"), "none");
        project.setProperty("version.table", "ops.schema_revisions");
        HandRevisions.write(project.versions(), "first", List.of(), 0, "first",
                "CREATE TABLE public.t (id integer);\nSELECT 1 / 0", "DROP TABLE public.t");
        List<String> before = CatalogSnapshot.of(database);

        CliResult upgrade = project.run("upgrade");

        assertThat(upgrade.exitCode()).as("%s", upgrade).isEqualTo(ExitCode.ERROR);
        assertThat(upgrade.errLines()).singleElement().asString().contains("division by zero")
                .endsWith("(revision first rolled back; the database stays at base)");
        assertThat(CatalogSnapshot.of(database)).as("the catalog after the failed first upgrade").isEqualTo(before);
        assertThat(database.queryColumn("SELECT count(*) FROM pg_namespace WHERE nspname = 'ops'"))
                .containsExactly("0");

        HandRevisions.write(project.versions(), "first", List.of(), 0, "first",
                "CREATE TABLE public.t (id integer)", "DROP TABLE public.t");
        project.ok("upgrade");
        assertThat(database.queryColumn("SELECT revision FROM ops.schema_revisions")).containsExactly("first");
    }
}
