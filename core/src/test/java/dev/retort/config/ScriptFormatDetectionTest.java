package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code script.format} unset: told from what the project already has, and why, for {@code --verbose}. */
class ScriptFormatDetectionTest {

    @TempDir
    Path dir;

    private Path project(String properties) throws IOException {
        return Files.writeString(dir.resolve("retort.properties"), "entities.packages=x\n" + properties);
    }

    private void file(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private String verboseLine(Path file) throws ConfigException {
        return String.join("\n", ConfigOrigins.describe(file, Map.of()));
    }

    @Test
    void nothingOfFlywaysOrLiquibasesIsRetortsOwnAndSaysNothing() throws Exception {
        Path file = project("");
        assertThat(ConfigLoader.load(file, Map.of()).scriptFormat()).isEqualTo(ScriptFormat.RETORT);
        assertThat(ConfigOrigins.describe(file, Map.of())).isEmpty();
    }

    @Test
    void versionedScriptsInFlywaysDefaultLocationMeanFlywayAndAreWhereTheNextVersionGoes() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql", "create table t (id int);\n");
        Path file = project("");

        RetortConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.scriptFormat()).isEqualTo(ScriptFormat.FLYWAY);
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("src/main/resources/db/migration"));
        assertThat(verboseLine(file)).isEqualTo("script.format = flyway (detected: V*__*.sql files in "
                + Path.of("src/main/resources/db/migration") + ")");
    }

    @Test
    void flywaySettingsAloneMeanFlywayUnlessFlywayIsDisabled() throws Exception {
        file("flyway.toml", "[flyway]\nlocations = [\"filesystem:sql\"] # where the scripts are\n");
        RetortConfig config = ConfigLoader.load(project(""), Map.of());
        assertThat(config.scriptFormat()).isEqualTo(ScriptFormat.FLYWAY);
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("sql"));

        file("src/main/resources/application.properties", "spring.flyway.enabled=false\n");
        assertThat(ConfigLoader.load(project(""), Map.of()).scriptFormat()).isEqualTo(ScriptFormat.RETORT);
    }

    @Test
    void aLiquibaseMasterChangelogMeansLiquibase() throws Exception {
        file("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog: []\n");
        Path file = project("");
        assertThat(ConfigLoader.load(file, Map.of()).scriptFormat()).isEqualTo(ScriptFormat.LIQUIBASE);
        assertThat(verboseLine(file)).contains("script.format = liquibase (detected: its master changelog");

        Files.delete(dir.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"));
        file("src/main/resources/application.yml", "spring:\n  liquibase:\n    change-log: classpath:db/main.xml\n");
        assertThat(ConfigLoader.load(project(""), Map.of()).scriptFormat()).isEqualTo(ScriptFormat.LIQUIBASE);
    }

    @Test
    void bothFlywayAndLiquibaseAskForScriptFormatInOneLine() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql", "create table t (id int);\n");
        file("src/main/resources/db/changelog/db.changelog-master.xml", "<databaseChangeLog/>\n");
        Path file = project("");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("both Flyway's migrations").hasMessageContaining("and Liquibase's")
                .hasMessageContaining("set script.format=flyway, liquibase or retort")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(ConfigLoader.load(project("script.format=flyway\n"), Map.of()).scriptFormat())
                .isEqualTo(ScriptFormat.FLYWAY);
    }

    @Test
    void retortsOwnRevisionsWinOverFlywaySettings() throws Exception {
        file("migrations/versions/1a2b3c4d5e6f_init.sql", "-- retort:revision 1a2b3c4d5e6f\n");
        file("flyway.conf", "flyway.locations=filesystem:sql\n");
        Path file = project("");
        assertThat(ConfigLoader.load(file, Map.of()).scriptFormat()).isEqualTo(ScriptFormat.RETORT);
        assertThat(verboseLine(file)).as("retort's own format goes without saying").doesNotContain("script.format");
    }

    @Test
    void flywaysOwnFilesAndFrameworkKeysAreReadInFlywaysSpelling() throws Exception {
        file("flyway.conf", "flyway.table=old_history\nflyway.placeholders.a=from-conf\nflyway.url=ignored\n");
        file("flyway.toml", """
                [flyway]
                table = "schema_history"
                baselineVersion = "3"
                [flyway.placeholders]
                b = "from toml"
                """);
        file("src/main/resources/application.yml", """
                spring:
                  flyway:
                    default-schema: app
                    placeholder-prefix: "#["
                    schemas:
                      - app
                      - audit
                    placeholders:
                      c: from-spring
                """);
        FlywaySettings flyway = ConfigLoader.load(project("flyway.placeholders.d=from-retort\n"), Map.of()).flyway();

        assertThat(flyway.table()).isEqualTo("schema_history");
        assertThat(flyway.baselineVersion()).isEqualTo("3");
        assertThat(flyway.defaultSchema()).contains("app");
        assertThat(flyway.schemas()).isEqualTo(List.of("app", "audit"));
        assertThat(flyway.placeholderPrefix()).isEqualTo("#[");
        assertThat(flyway.placeholders()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "from-conf",
                "b", "from toml", "c", "from-spring", "d", "from-retort"));
        assertThat(flyway.configuration()).doesNotContainKey("flyway.url");
    }
}
