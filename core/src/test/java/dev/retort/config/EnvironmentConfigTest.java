package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.QualifiedName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key from the environment, a project without retort.properties, and the migration settings. */
class EnvironmentConfigTest {

    @Test
    void everyKeyHasAnEnvironmentVariableNamedAfterIt() {
        assertThat(ConfigLoader.environmentVariable("database.url")).isEqualTo("RETORT_DATABASE_URL");
        assertThat(ConfigLoader.environmentVariable("script.location")).isEqualTo("RETORT_SCRIPT_LOCATION");
        assertThat(ConfigLoader.environmentVariable("entities.persistence-xml"))
                .isEqualTo("RETORT_ENTITIES_PERSISTENCE_XML");
        assertThat(ConfigLoader.environmentVariable("retort.index.extra")).isEqualTo("RETORT_INDEX_EXTRA");
        assertThat(ConfigLoader.environmentVariable("migration.lock_wait")).isEqualTo("RETORT_MIGRATION_LOCK_WAIT");
    }

    @Test
    void theEnvironmentAloneIsAConfigurationWithPathsFromTheWorkingDirectory(@TempDir Path dir) throws Exception {
        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), Map.of(
                "RETORT_DATABASE_URL", "jdbc:postgresql://db:5432/app", "RETORT_DATABASE_USER", "deploy",
                "RETORT_SCRIPT_LOCATION", "release/migrations", "RETORT_VERSION_TABLE", "ops.schema_revisions",
                "RETORT_MIGRATION_LOCK_WAIT", "90s", "RETORT_MIGRATION_STATEMENT_TIMEOUT", "15min"));

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(config.database().user()).isEqualTo("deploy");
        assertThat(config.scriptLocation()).isEqualTo(Path.of("release/migrations").toAbsolutePath());
        assertThat(config.versionTable()).isEqualTo(QualifiedName.of("ops", "schema_revisions"));
        assertThat(config.migration()).isEqualTo(new MigrationSettings(Duration.ofSeconds(90),
                MigrationSettings.DEFAULT_LOCK_TIMEOUT, Duration.ofMinutes(15)));
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTheDefaultsAreSafe(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "database.url=jdbc:postgresql://file/db\nmigration.lock_timeout=5s\n");

        RetortConfig fromFile = ConfigLoader.load(file, Map.of());
        assertThat(fromFile.migration()).isEqualTo(new MigrationSettings(Duration.ofMinutes(10),
                Duration.ofSeconds(5), null));
        assertThat(fromFile.scriptLocation()).isEqualTo(dir.resolve("migrations"));

        RetortConfig overridden = ConfigLoader.load(file, Map.of("RETORT_MIGRATION_LOCK_TIMEOUT", "250",
                "RETORT_DATABASE_URL", "jdbc:postgresql://env/db"));
        assertThat(overridden.migration().lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(overridden.database().url()).isEqualTo("jdbc:postgresql://env/db");
    }

    @Test
    void aDurationThatIsNotOneIsNamedWithItsKeyAndVariable(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("retort.properties"), Map.of(
                "RETORT_DATABASE_URL", "jdbc:postgresql://db/app", "RETORT_MIGRATION_LOCK_WAIT", "ten minutes")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("migration.lock_wait=ten minutes (retort.properties or RETORT_MIGRATION_LOCK_WAIT): "
                        + "'ten minutes' is not a duration: write a whole number with ms, s, min or h, e.g. 30s or "
                        + "10min");
        assertThat(MigrationSettings.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(MigrationSettings.parseDuration("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void withoutAFileAndWithoutRetortVariablesTheFileIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("retort.properties"),
                Map.of("RETORT_TEST_DATABASE_URL", "jdbc:postgresql://db/app", "RETORT_JAVA_OPTS", "-Xmx1g")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("no retort.properties in " + dir + ": run `retort init` there first, or "
                        + "pass --project DIR (or configure retort with RETORT_* environment variables alone");
    }

    @Test
    void aMistypedVariableIsAnErrorNamingTheClosestOneNeverASilentDefault(@TempDir Path dir) {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("retort.properties"), Map.of(
                "RETORT_DATABASE_URL", "jdbc:postgresql://db/app", "RETORT_MIGRATION_LOCKWAIT", "5s")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown environment variable RETORT_MIGRATION_LOCKWAIT: did you mean"
                        + " RETORT_MIGRATION_LOCK_WAIT?");
    }

    @Test
    void theLauncherAndTheTestSupportHaveVariablesOfTheirOwn(@TempDir Path dir) throws Exception {
        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), Map.of(
                "RETORT_DATABASE_URL", "jdbc:postgresql://db/app", "RETORT_JAVA_OPTS", "-Xmx1g", "RETORT_CDS", "off",
                "RETORT_CDS_DIR", "/tmp", "RETORT_LOG_TIMESTAMPS", "true", "RETORT_TEST_DATABASE", "embedded"));
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db/app");
    }

    @Test
    void hibernateSettingsAndRulesComeFromTheEnvironmentToo(@TempDir Path dir) throws Exception {
        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), Map.of(
                "RETORT_DATABASE_URL", "jdbc:postgresql://db/app",
                "RETORT_HIBERNATE_DEFAULT_SCHEMA", "shop",
                "RETORT_HIBERNATE_TYPE__PREFERRED_INSTANT_JDBC_TYPE", "TIMESTAMP",
                "RETORT_HIBERNATE_PHYSICAL_NAMING_STRATEGY",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "RETORT_INDEX_EXTRA", "ignore"));

        assertThat(config.hibernateSettings()).containsEntry("hibernate.default_schema", "shop")
                .containsEntry("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP")
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        assertThat(config.defaultSchema()).isEqualTo("shop");
        assertThat(config.policy().actionFor(dev.retort.compare.Category.INDEX_EXTRA,
                dev.retort.schema.ObjectPath.index(QualifiedName.of("public", "t"), "t_idx")))
                .isEqualTo(dev.retort.compare.Category.Action.IGNORE);
    }
}
