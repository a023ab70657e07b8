package dev.retort.workflow;

import dev.retort.config.RetortConfig.DatabaseSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own, created on a server the project names for it ({@code history.database=jdbc:...}) and
 * dropped on {@link #close()}: where the revision history is replayed when no embedded PostgreSQL is wanted.
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

    /** Creates a database named {@code retort_history_<random>} on the server. */
    static ScratchDatabase create(DatabaseSettings server) throws SQLException {
        String name = "retort_history_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name);
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "retort");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(settings.url(), properties);
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }
}
