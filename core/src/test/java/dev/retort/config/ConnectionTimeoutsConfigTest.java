package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** database.connect_timeout, database.lock_timeout and database.statement_timeout: defaults, file, environment. */
class ConnectionTimeoutsConfigTest {

    @Test
    void withoutSettingsRetortWaitsTenSecondsToConnectTenForALockAndTwoMinutesForARead(@TempDir Path dir)
            throws Exception {
        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"),
                Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/app"));

        assertThat(config.database().timeouts()).isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(10),
                Duration.ofSeconds(10), Duration.ofMinutes(2)));
    }

    @Test
    void theFileSetsThemAndTheEnvironmentWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "database.url=jdbc:postgresql://file/db\ndatabase.connect_timeout=3s\n"
                + "database.lock_timeout=0\ndatabase.statement_timeout=30s\n");

        assertThat(ConfigLoader.load(file, Map.of()).database().timeouts()).isEqualTo(new ConnectionTimeouts(
                Duration.ofSeconds(3), Duration.ZERO, Duration.ofSeconds(30)));
        assertThat(ConfigLoader.load(file, Map.of("RETORT_DATABASE_CONNECT_TIMEOUT", "500ms",
                "RETORT_DATABASE_LOCK_TIMEOUT", "1min", "RETORT_DATABASE_STATEMENT_TIMEOUT", "1h")).database()
                .timeouts()).isEqualTo(new ConnectionTimeouts(Duration.ofMillis(500), Duration.ofMinutes(1),
                Duration.ofHours(1)));
    }

    @Test
    void aConnectTimeoutOfZeroOrNotADurationIsRefusedNamingTheKey(@TempDir Path dir) {
        Path file = dir.resolve("retort.properties");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/app",
                "RETORT_DATABASE_CONNECT_TIMEOUT", "0"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("database.connect_timeout=0 (retort.properties or "
                        + "RETORT_DATABASE_CONNECT_TIMEOUT): a connection needs some time");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/app",
                "RETORT_DATABASE_LOCK_TIMEOUT", "soon"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("database.lock_timeout=soon (retort.properties or "
                        + "RETORT_DATABASE_LOCK_TIMEOUT): 'soon' is not a duration");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/app",
                "RETORT_DATABASE_CONNECT_TIMOUT", "5s"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("did you mean RETORT_DATABASE_CONNECT_TIMEOUT?");
    }
}
