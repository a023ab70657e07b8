package dev.retort.workflow;

import dev.retort.config.RetortConfig.DatabaseSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own, created on a server the project names for it ({@code history.database=jdbc:...},
 * {@code normalize.database=jdbc:...}) and dropped on {@link #close()}: where the revision history is replayed, or
 * the entities normalized, when no embedded PostgreSQL is wanted.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code jdbc:postgresql://host:port/} then the database name, then the parameters. */
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final DatabaseSettings server;
    private final String name;
    private final DatabaseSettings settings;

    private ScratchDatabase(DatabaseSettings server, String name) {
        this.server = server;
        this.name = name;
        this.settings = new DatabaseSettings(withDatabase(server.url(), name), server.user(), server.password());
    }

    /**
     * Creates a database named {@code retort_history_<random>_<the database's name>} on the server (the name says
     * whose history it is, should a killed process leave one behind).
     */
    static ScratchDatabase create(DatabaseSettings server, String of) throws SQLException, DatabaseException {
        return create(server, "history", of);
    }

    /** The same, named {@code retort_<purpose>_<random>_<the database's name>}. */
    static ScratchDatabase create(DatabaseSettings server, String purpose, String of)
            throws SQLException, DatabaseException {
        String owner = of.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "retort_" + purpose + "_" + HexFormat.of().formatHex(RANDOM.generateSeed(4)) + "_" + owner;
        name = name.substring(0, Math.min(name.length(), 63));
        try (Connection connection = new Database(server).connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name);
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException, DatabaseException {
        try (Connection connection = new Database(server).connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The database a JDBC URL names. */
    static String databaseOf(String url) {
        Matcher matcher = DATABASE.matcher(url);
        return matcher.matches() ? matcher.group(2) : "";
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }
}
