package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.embedded.EmbeddedSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No database URL means the embedded PostgreSQL; its version and cache come from the file or the environment. */
class EmbeddedConfigTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("retort.properties"), "entities.packages=x\n" + text);
    }

    @Test
    void withoutADatabaseUrlTheProjectUsesTheBundledEmbeddedPostgresAndTheUsersCache() throws Exception {
        RetortConfig config = ConfigLoader.load(write("database.user=ignored\n"), Map.of());

        assertThat(config.database().isEmbedded()).isTrue();
        assertThat(config.embedded()).isEqualTo(EmbeddedSettings.defaults());
        assertThat(config.embedded().cacheDirectory()).endsWith(Path.of("retort", "embedded-postgres"));
    }

    @Test
    void aUrlFromTheEnvironmentMeansAServerEvenWhenTheFileHasNone() throws Exception {
        RetortConfig config = ConfigLoader.load(write(""), Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/x"));

        assertThat(config.database().isEmbedded()).isFalse();
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db/x");
        assertThat(config.withDatabase(RetortConfig.DatabaseSettings.EMBEDDED).database().isEmbedded()).isTrue();
    }

    @Test
    void theVersionAndCacheComeFromTheFileRelativeToItAndFromTheEnvironmentRelativeToTheWorkingDirectory()
            throws Exception {
        Path file = write("embedded.postgres-version=16\nembedded.cache-dir=cache/pg\n");

        RetortConfig fromFile = ConfigLoader.load(file, Map.of());
        assertThat(fromFile.embedded()).isEqualTo(new EmbeddedSettings("16", dir.resolve("cache/pg")));

        RetortConfig fromEnvironment = ConfigLoader.load(file, Map.of("RETORT_EMBEDDED_POSTGRES_VERSION", "17.11.0",
                "RETORT_EMBEDDED_CACHE_DIR", "relative"));
        assertThat(fromEnvironment.embedded()).isEqualTo(new EmbeddedSettings("17.11.0",
                Path.of("relative").toAbsolutePath()));
    }

    @Test
    void aVersionThatIsNotOneIsAOneLineErrorNamingBothPlacesToFixIt() throws Exception {
        Path file = write("embedded.postgres-version=latest\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessage("embedded.postgres-version in " + file + " or RETORT_EMBEDDED_POSTGRES_VERSION: 'latest' is"
                        + " not a PostgreSQL version: use a major version such as 16, or a binaries version such as"
                        + " 16.15.0");
    }

    @Test
    void aUrlThatIsNotPostgresIsStillRefused() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(write("database.url=jdbc:mysql://h/db\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("database.url must be a PostgreSQL JDBC URL");
    }
}
