package dev.retort.reflect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How PostgreSQL prints names, types and expressions, pinned for the current transaction: search_path
 * {@code pg_catalog} (so every other object prints schema-qualified) and the date, interval, float and bytea
 * output styles. The reflector pins these before it reads; so must anything whose output is compared with it.
 */
public final class OutputSettings {

    private OutputSettings() {
    }

    /** Pins the settings until the end of the caller's transaction (autocommit must be off). */
    public static void pinForTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CatalogSql.PIN_OUTPUT_SETTINGS);
        }
    }
}
