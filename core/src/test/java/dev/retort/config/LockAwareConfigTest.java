package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgresql.LockAwareForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migration.lock_aware and migration.lock_timeout: defaults, a list of forms, none, and a word that is no form. */
class LockAwareConfigTest {

    @Test
    void everyFormAndAFiveSecondLockTimeoutByDefault(@TempDir Path dir) throws Exception {
        MigrationSettings migration = load(dir, "").migration();

        assertThat(migration.lockAware()).isEqualTo(LockAwareForm.all());
        assertThat(migration.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void someFormsNoneOrFalseAndAZeroLockTimeout(@TempDir Path dir) throws Exception {
        assertThat(load(dir, "migration.lock_aware=index, validate\n").migration().lockAware())
                .isEqualTo(EnumSet.of(LockAwareForm.INDEX, LockAwareForm.VALIDATE));
        assertThat(load(dir, "migration.lock_aware=none\nmigration.lock_timeout=0\n").migration())
                .satisfies(m -> assertThat(m.lockAware()).isEmpty())
                .satisfies(m -> assertThat(m.lockTimeout()).isZero());
        assertThat(ConfigLoader.load(write(dir, ""), Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://db/app",
                "RETORT_MIGRATION_LOCK_AWARE", "false")).migration().lockAware()).isEmpty();
    }

    @Test
    void aWordThatIsNoFormIsNamedWithTheKeyAndTheFormsThereAre(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, "migration.lock_aware=index,concurrently\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("migration.lock_aware=index,concurrently (retort.properties or RETORT_MIGRATION_LOCK_AWARE):"
                        + " 'concurrently' is no lock-aware form: write all, none, or some of index, validate,"
                        + " not-null, combine");
    }

    private static RetortConfig load(Path dir, String properties) throws Exception {
        return ConfigLoader.load(write(dir, "database.url=jdbc:postgresql://db/app\n" + properties), Map.of());
    }

    private static Path write(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("retort.properties"), text);
    }
}
