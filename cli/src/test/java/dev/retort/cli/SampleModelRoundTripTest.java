package dev.retort.cli;

import dev.retort.testing.CatalogSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.sample.shop.Customer;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole life of the sample shop model through the CLI, from an empty database and back. */
@ExtendWith(PostgresExtension.class)
class SampleModelRoundTripTest {

    @Test
    void theSampleModelGoesFromAnEmptyDatabaseToHeadAndBackExactly(TestDatabase database, @TempDir Path dir) {
        List<String> empty = CatalogSnapshot.of(database);
        TestProject project = TestProject.init(dir.resolve("shop"), database,
                EntityCompiler.codeSource(Customer.class), "dev.retort.sample.shop");

        Revision first = project.autogenerate("create the shop").orElseThrow();
        assertThat(first.parents()).isEmpty();
        assertThat(first.upgrade().size()).isGreaterThan(19);
        assertThat(first.downgrade().size()).isPositive();

        CliResult upgrade = project.ok("upgrade", "head");
        assertThat(upgrade.out()).contains("upgraded " + first.id());
        assertThat(project.appliedRevisions()).containsExactly(first.id());
        List<String> atHead = CatalogSnapshot.of(database);
        assertThat(atHead).contains("relation public.customer kind=r", "relation public.customer_order kind=r");

        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(check.out()).contains("No differences");
        assertThat(project.autogenerate("nothing left")).isEmpty();
        assertThat(project.revisionFiles()).hasSize(1);

        CliResult downgrade = project.ok("downgrade", "base");
        assertThat(downgrade.out()).contains("downgraded " + first.id());
        assertThat(CatalogSnapshot.of(database)).isEqualTo(empty);
        assertThat(project.appliedRevisions()).isEmpty();

        // and the way up works again after the way down
        project.ok("upgrade");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atHead);
    }
}
