package dev.retort.workflow;

import dev.retort.config.Redaction;
import dev.retort.config.RetortConfig.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to the configured database and explains failures in one line. A project without a
 * configured server gets an embedded one: started, with the revision history replayed, on the first connect.
 */
public final class Database {

    private final EmbeddedDatabase embedded;
    private DatabaseSettings settings;

    public Database(DatabaseSettings settings) {
        this.settings = settings;
        this.embedded = null;
    }

    Database(EmbeddedDatabase embedded) {
        this.settings = DatabaseSettings.EMBEDDED;
        this.embedded = embedded;
    }

    public Connection connect() throws DatabaseException {
        if (embedded != null) {
            settings = embedded.settings();
        }
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "retort");
        properties.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(settings.url(), properties);
        } catch (SQLException e) {
            throw new DatabaseException(explain(e), e);
        }
    }

    /** A one-line explanation of a failure, naming the database and what to check. */
    public String explain(SQLException e) {
        String url = describe();
        String reason = Redaction.message(firstLine(e), settings.password());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "08001", "08004", "08006" -> "cannot connect to " + url + ": " + reason
                    + " (is the server running? check database.url or RETORT_DATABASE_URL)";
            case "28P01", "28000" -> "the database refused user '" + effectiveUser() + "' at " + url + ": " + reason
                    + " (check database.user and RETORT_DATABASE_PASSWORD)";
            case "3D000" -> reason + " at " + url + " (create the database first, or fix database.url)";
            default -> "database error at " + url + ": " + reason;
        };
    }

    /** The user the driver logs in as: a {@code user=} parameter of the URL wins over {@code database.user}. */
    private String effectiveUser() {
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("[?&]user=([^&;]*)")
                .matcher(settings.url());
        return parameter.find() ? java.net.URLDecoder.decode(parameter.group(1), java.nio.charset.StandardCharsets.UTF_8)
                : settings.user();
    }

    public String describe() {
        return embedded != null ? embedded.describe() : Redaction.url(settings.url());
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
