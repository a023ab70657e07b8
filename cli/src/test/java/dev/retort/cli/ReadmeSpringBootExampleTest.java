package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Spring Boot snippets, run as they stand: the example under "Spring Boot and Quarkus" (its files, then
 * its commands), and the "Spring Boot" commands of "Use it in your project" on that example's application.yml.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeSpringBootExampleTest {

    private static final String EXAMPLE = "### Spring Boot and Quarkus";
    private static final String USE_IT = "### Spring Boot";

    @Test
    void theReadmesSpringBootExampleWritesBootsNamesAndChecksClean(TestDatabase database, @TempDir Path dir)
            throws Exception {
        String section = Readme.section(EXAMPLE);
        Path project = bootApplication(dir, database);
        Files.writeString(project.resolve("retort.properties"), Readme.block(section, "properties"));
        Files.createDirectories(project.resolve("migrations/versions"));

        runInProcess(project, Readme.block(section, "sh"));

        assertThat(onlyRevision(project)).contains("first_name", "customer_tags");
        assertThat(ConfigLoader.load(project.resolve("retort.properties"), Map.of("RETORT_PROFILE", "ci"))
                .database().url()).isEqualTo("jdbc:postgresql://ci-db:5432/shop");
    }

    @Test
    void useItInYourProjectsSpringBootCommandsNeedOnlyTheApplicationsOwnSettings(TestDatabase database,
                                                                              @TempDir Path dir) throws Exception {
        Path project = bootApplication(dir, database);

        runInProcess(project, Readme.block(Readme.section(USE_IT), "sh"));

        assertThat(Files.readString(project.resolve("retort.properties")))
                .as("init wrote no database: application.yml's is the one").contains("#database.url=")
                .doesNotContainPattern("(?m)^database\\.url=");
        assertThat(onlyRevision(project)).contains("first_name", "customer_tags");
        assertThat(database.queryColumn("select table_name from information_schema.tables"
                + " where table_schema = 'public' order by 1"))
                .containsExactly("customer", "customer_tags", "retort_version", "tag");
    }

    /**
     * The example's Boot application: its entities compiled to target/classes and the README's application.yml,
     * with the test database's URL and user in place of {@code localhost:5432/shop} and {@code shop}.
     */
    private static Path bootApplication(Path dir, TestDatabase database) throws IOException {
        EntityCompiler.compileFolder("/dev/retort/cli/readme/spring-boot", dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("src/main/resources"));
        String yaml = Readme.block(Readme.section(EXAMPLE), "yaml");
        assertThat(yaml).contains("jdbc:postgresql://localhost:5432/shop", "username: shop");
        Files.writeString(dir.resolve("src/main/resources/application.yml"), yaml
                .replace("jdbc:postgresql://localhost:5432/shop", database.url())
                .replace("username: shop", "username: " + database.user()));
        return dir;
    }

    /** Runs the block's retort commands in the project, in-process; each must exit 0. */
    static void runInProcess(Path project, String shBlock) {
        for (List<String> command : Readme.retortCommands(shBlock)) {
            List<String> args = new ArrayList<>(List.of("-p", project.toString()));
            args.addAll(command);
            CliResult result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as("retort %s\n%s", String.join(" ", command), result).isZero();
        }
    }

    static String onlyRevision(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            List<Path> revisions = files.filter(f -> f.toString().endsWith(".sql")).toList();
            assertThat(revisions).hasSize(1);
            return Files.readString(revisions.get(0));
        }
    }
}
