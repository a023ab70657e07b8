package dev.retort.flyway;

import dev.retort.config.FlywaySettings;
import dev.retort.config.RetortConfig.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Flyway's own {@code migrate} of a migrations directory, for replaying a Flyway project's history into a scratch
 * database. Calling Flyway rather than running the files buys exactly its semantics: its order, its per-script
 * {@code .conf} settings ({@code executeInTransaction=false}), repeatable migrations and SQL callbacks, and the
 * project's own Flyway configuration ({@link FlywaySettings}: placeholders, schemas, table name, migration prefix).
 * Flyway's log goes to SLF4J, which retort leaves silent, so that nothing reaches retort's output.
 */
public final class FlywayMigrate {

    private FlywayMigrate() {
    }

    /**
     * @throws FlywayMigrateException when Flyway fails, with Flyway's message
     */
    public static void migrate(Path directory, DatabaseSettings database) throws FlywayMigrateException {
        migrate(List.of(directory), FlywaySettings.DEFAULTS, database);
    }

    /**
     * @param directories every directory Flyway reads, given to it as {@code filesystem:} locations
     * @throws FlywayMigrateException when Flyway fails, with Flyway's message
     */
    public static void migrate(List<Path> directories, FlywaySettings settings, DatabaseSettings database)
            throws FlywayMigrateException {
        Map<String, String> configuration = new HashMap<>(settings.configuration());
        configuration.remove(FlywaySettings.PREFIX + "locations");
        // A scratch database has no other migrator to exclude, and a transactional lock would make a script run
        // outside a transaction (CREATE INDEX CONCURRENTLY) wait for Flyway's own lock transaction forever.
        // (Set on Flyway's PostgreSQL extension: as a configuration key, Flyway wants jackson-databind to read it.)
        configuration.remove(FlywaySettings.PREFIX + FlywaySettings.TRANSACTIONAL_LOCK);
        try {
            FluentConfiguration flyway = Flyway.configure().configuration(configuration).loggers("slf4j")
                    .dataSource(database.url(), database.user(), database.password())
                    .locations(directories.stream().map(d -> "filesystem:" + d.toAbsolutePath()).toArray(String[]::new));
            flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new FlywayMigrateException("Flyway's migrate of " + directories.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + " failed: " + e.getMessage(), e);
        }
    }
}
