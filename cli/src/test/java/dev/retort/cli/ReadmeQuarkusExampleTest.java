package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Quarkus" snippets of "Use it in your project", run as they stand: its application.properties (the
 * test database's URL and user in place of {@code localhost:5432/shop} and {@code shop}), then its commands.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeQuarkusExampleTest {

    private static final String SECTION = "### Quarkus";

    @Test
    void aQuarkusApplicationsOwnPropertiesAreAllRetortNeeds(TestDatabase database, @TempDir Path dir)
            throws Exception {
        String section = Readme.section(SECTION);
        String properties = Readme.block(section, "properties");
        assertThat(properties).contains("jdbc:postgresql://localhost:5432/shop", "username=shop\n");
        EntityCompiler.compileFolder("/dev/retort/cli/readme/spring-boot", dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("src/main/resources/application.properties"), properties
                .replace("jdbc:postgresql://localhost:5432/shop", database.url())
                .replace("username=shop\n", "username=" + database.user() + "\n"
                        + "quarkus.datasource.password=" + database.password() + "\n"));

        ReadmeSpringBootExampleTest.runInProcess(dir, Readme.block(section, "sh"));

        assertThat(ReadmeSpringBootExampleTest.onlyRevision(dir)).as("Hibernate's own names, as Quarkus leaves them")
                .contains("firstname", "CREATE TABLE public.customer_tag ").doesNotContain("first_name");
        assertThat(database.queryColumn("select table_name from information_schema.tables"
                + " where table_schema = 'public' order by 1"))
                .containsExactly("customer", "customer_tag", "retort_version", "tag");
    }
}
