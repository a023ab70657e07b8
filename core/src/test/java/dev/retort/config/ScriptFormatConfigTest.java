package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code script.format}: retort's own files by default; with {@code flyway}, the script location is Flyway's; with
 * {@code liquibase}, it is Liquibase's search path and {@code liquibase.change-log} names the master changelog.
 */
class ScriptFormatConfigTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("retort.properties"), "entities.packages=x\n" + text);
    }

    @Test
    void retortsOwnFormatKeepsRevisionsInTheVersionsDirectory() throws Exception {
        RetortConfig config = ConfigLoader.load(write(""), Map.of());

        assertThat(config.scriptFormat()).isEqualTo(ScriptFormat.RETORT);
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("migrations/versions"));
    }

    @Test
    void flywaysFormatWritesIntoTheScriptLocationItself() throws Exception {
        RetortConfig config = ConfigLoader.load(write("script.format=flyway\n"
                + "script.location=src/main/resources/db/migration\n"), Map.of());

        assertThat(config.scriptFormat()).isEqualTo(ScriptFormat.FLYWAY);
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("src/main/resources/db/migration"));
        assertThat(ConfigLoader.load(write(""), Map.of("RETORT_SCRIPT_FORMAT", "Flyway")).scriptFormat())
                .isEqualTo(ScriptFormat.FLYWAY);
    }

    @Test
    void liquibasesFormatIncludesFromTheMasterChangelogUnderLiquibasesSearchPath() throws Exception {
        RetortConfig defaults = ConfigLoader.load(write("script.format=liquibase\n"), Map.of());
        RetortConfig spring = ConfigLoader.load(write("script.format=liquibase\n"
                + "liquibase.change-log=classpath:/db/changelog/master.xml\n"), Map.of());

        assertThat(defaults.scriptFormat()).isEqualTo(ScriptFormat.LIQUIBASE);
        assertThat(defaults.scriptLocation()).isEqualTo(dir.resolve("src/main/resources"));
        assertThat(defaults.liquibaseChangeLog()).isEqualTo("db/changelog/db.changelog-master.yaml");
        assertThat(defaults.versionsDirectory()).isEqualTo(dir.resolve("src/main/resources/db/changelog"));
        assertThat(spring.liquibaseChangeLog()).as("Spring Boot's classpath: prefix is dropped")
                .isEqualTo("db/changelog/master.xml");
    }

    @Test
    void anExistingXmlMasterInDbChangelogIsFoundWithoutBeingNamed() throws Exception {
        Files.createDirectories(dir.resolve("src/main/resources/db/changelog"));
        Files.writeString(dir.resolve("src/main/resources/db/changelog/db.changelog-master.xml"), "<x/>");

        RetortConfig config = ConfigLoader.load(write("script.format=liquibase\n"), Map.of());

        assertThat(config.liquibaseChangeLog()).isEqualTo("db/changelog/db.changelog-master.xml");
    }

    @Test
    void quarkussDefaultMasterIsFoundToo() throws Exception {
        Files.createDirectories(dir.resolve("src/main/resources/db"));
        Files.writeString(dir.resolve("src/main/resources/db/changeLog.xml"), "<x/>");

        RetortConfig config = ConfigLoader.load(write("script.format=liquibase\n"), Map.of());

        assertThat(config.liquibaseChangeLog()).isEqualTo("db/changeLog.xml");
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("src/main/resources/db"));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheThree() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("script.format=alembic\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("script.format")
                .hasMessageContaining("'alembic' is not retort, flyway or liquibase");
    }
}
