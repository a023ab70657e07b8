package dev.retort.flyway;

import dev.retort.config.RetortConfig.DatabaseSettings;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Flyway's own {@code migrate} of a migrations directory, for replaying a Flyway project's history into a scratch
 * database. Calling Flyway rather than running the files buys exactly its semantics: its order, its per-script
 * {@code .conf} settings ({@code executeInTransaction=false}), repeatable migrations and SQL callbacks. The
 * project's own Flyway configuration (placeholders, schemas, table name) is not read. Flyway's log goes to SLF4J,
 * which retort leaves silent, so that nothing reaches retort's output.
 */
public final class FlywayMigrate {

    private FlywayMigrate() {
    }

    /**
     * @throws FlywayMigrateException when Flyway fails, with Flyway's message
     */
    public static void migrate(Path directory, DatabaseSettings database) throws FlywayMigrateException {
        try {
            Flyway.configure().loggers("slf4j").dataSource(database.url(), database.user(), database.password())
                    .locations("filesystem:" + directory.toAbsolutePath()).load().migrate();
        } catch (FlywayException e) {
            throw new FlywayMigrateException("Flyway's migrate of " + directory + " failed: " + e.getMessage(), e);
        }
    }
}
