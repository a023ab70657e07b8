package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contexts and labels Liquibase runs with, read where the application sets them, under retort's own. */
class LiquibaseFilterConfigTest {

    @Test
    void springBootsContextsAndLabelFilterComeFromTheActiveProfilesFileAndVerboseNamesIt(@TempDir Path dir)
            throws Exception {
        write(dir, "src/main/resources/config/application.yml", """
                spring:
                  liquibase:
                    change-log: classpath:config/liquibase/master.xml
                    contexts: dev, faker
                """);
        write(dir, "src/main/resources/config/application-prod.yml", """
                spring:
                  liquibase:
                    contexts: prod
                    label-filter: "!slow"
                """);
        write(dir, "retort.properties", "settings.path=src/main/resources/config\nscript.format=liquibase\n");
        Path file = dir.resolve("retort.properties");

        RetortConfig dev = ConfigLoader.load(file, Map.of());
        RetortConfig prod = ConfigLoader.load(file, Map.of("RETORT_PROFILE", "prod"));

        assertThat(dev.liquibaseFilter()).isEqualTo(new LiquibaseFilter("dev, faker", ""));
        assertThat(prod.liquibaseFilter()).isEqualTo(new LiquibaseFilter("prod", "!slow"));
        assertThat(prod.liquibaseChangeLog()).isEqualTo("config/liquibase/master.xml");
        assertThat(ConfigOrigins.describe(file, Map.of("RETORT_PROFILE", "prod")))
                .contains("liquibase.contexts = prod (src/main/resources/config/application-prod.yml:"
                        + " spring.liquibase.contexts)")
                .contains("liquibase.labels = !slow (src/main/resources/config/application-prod.yml:"
                        + " spring.liquibase.label-filter)");
    }

    @Test
    void quarkusContextsAndLabelsAreReadAndRetortsOwnSettingsWin(@TempDir Path dir) throws Exception {
        write(dir, "src/main/resources/application.properties", """
                quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders
                quarkus.liquibase.contexts=prod,faker
                quarkus.liquibase.labels=v1
                """);
        Path file = dir.resolve("retort.properties");
        write(dir, "retort.properties", "script.format=liquibase\n");

        assertThat(ConfigLoader.load(file, Map.of()).liquibaseFilter())
                .isEqualTo(new LiquibaseFilter("prod,faker", "v1"));

        write(dir, "retort.properties", "script.format=liquibase\nliquibase.contexts=prod\n");
        assertThat(ConfigLoader.load(file, Map.of()).liquibaseFilter())
                .isEqualTo(new LiquibaseFilter("prod", "v1"));
        assertThat(ConfigLoader.load(file, Map.of("RETORT_LIQUIBASE_CONTEXTS", "staging",
                "RETORT_LIQUIBASE_LABELS", "!v1")).liquibaseFilter())
                .isEqualTo(new LiquibaseFilter("staging", "!v1"));
    }

    @Test
    void withoutAnyItIsEmptyAndSaysSo(@TempDir Path dir) throws Exception {
        write(dir, "retort.properties", "script.format=liquibase\n");

        LiquibaseFilter filter = ConfigLoader.load(dir.resolve("retort.properties"), Map.of()).liquibaseFilter();

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.describe()).isEqualTo("no contexts or labels");
        assertThat(new LiquibaseFilter("prod", "v1").describe()).isEqualTo("contexts \"prod\" and labels \"v1\"");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
