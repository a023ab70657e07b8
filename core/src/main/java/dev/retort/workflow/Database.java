package dev.retort.workflow;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConnectionTimeouts;
import dev.retort.config.MigrationSettings;
import dev.retort.config.Redaction;
import dev.retort.config.RetortConfig.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
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

    /**
     * A connection for retort's own reads and bookkeeping: PostgreSQL's {@code lock_timeout} and
     * {@code statement_timeout} are set to {@code database.lock_timeout} and {@code database.statement_timeout}, so
     * that a table another session holds locked fails the read in one line instead of blocking it silently.
     */
    public Connection connect() throws DatabaseException {
        Connection connection = connectToMigrate();
        ConnectionTimeouts timeouts = settings.timeouts();
        try (PreparedStatement statement = connection.prepareStatement("select pg_catalog.set_config('lock_timeout', "
                + "?, false), pg_catalog.set_config('statement_timeout', ?, false)")) {
            statement.setString(1, timeouts.lock().toMillis() + "ms");
            statement.setString(2, timeouts.statement().toMillis() + "ms");
            statement.execute();
            return connection;
        } catch (SQLException e) {
            closeAfter(connection, e);
            throw new DatabaseException(explain(e), e);
        }
    }

    /**
     * A connection for running revisions: the server's own {@code lock_timeout} and {@code statement_timeout} (the
     * migration session sets its configured ones), so that a long legitimate statement is never cut short.
     * Connecting and logging in give up after {@code database.connect_timeout}.
     */
    public Connection connectToMigrate() throws DatabaseException {
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
        Duration timeout = settings.timeouts().connect();
        long wholeSeconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        // loginTimeout bounds the whole login, TLS negotiation included, which a silent server never answers; the
        // socket timeout only lets the driver's login thread end too, and is lifted once logged in (below).
        properties.setProperty("connectTimeout", Long.toString(wholeSeconds));
        properties.setProperty("socketTimeout", Long.toString(wholeSeconds));
        properties.setProperty("loginTimeout", Double.toString(timeout.toMillis() / 1000.0));
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = DriverManager.getConnection(settings.url(), properties);
        } catch (SQLException e) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            throw new DatabaseException(timedOut(e, waited, timeout) ? noAnswer(timeout) : explain(e), e);
        }
        try {
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        } catch (SQLException e) {
            closeAfter(connection, e);
            throw new DatabaseException(explain(e), e);
        }
    }

    /** The driver says "timed out" in several ways, depending on where the wait was; a wait as long as the limit is. */
    private static boolean timedOut(SQLException e, Duration waited, Duration timeout) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException
                    || String.valueOf(cause.getMessage()).contains("timed out")) {
                return true;
            }
        }
        return waited.compareTo(timeout) >= 0;
    }

    private String noAnswer(Duration timeout) {
        return "cannot connect to " + describe() + ": no answer within " + MigrationSettings.describe(timeout)
                + " to the connection and login (is it a PostgreSQL server, and is it up? check database.url; if it "
                + "is only slow, raise database.connect_timeout or RETORT_DATABASE_CONNECT_TIMEOUT)";
    }

    private static void closeAfter(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A one-line explanation of a failure, naming the database and what to check. */
    public String explain(SQLException e) {
        ConnectionTimeouts timeouts = settings.timeouts();
        return explain(e, new Bound("database.lock_timeout", timeouts.lock()),
                new Bound("database.statement_timeout", timeouts.statement()));
    }

    /**
     * {@link #explain(SQLException)} for a failure on the migration session's connection, whose waits
     * {@code migration.lock_timeout} and {@code migration.statement_timeout} bound (or the server's own settings).
     */
    public String explainMigrating(SQLException e, MigrationSettings migration) {
        return explain(e, new Bound("migration.lock_timeout", migration.lockTimeout()),
                new Bound("migration.statement_timeout", migration.statementTimeout()));
    }

    /** The setting that bounded a wait, and its value; null when the server's own setting did. */
    private record Bound(String key, Duration value) {

        String after() {
            return value == null ? "the server's " + key.substring(key.indexOf('.') + 1)
                    : MigrationSettings.describe(value);
        }

        String setting() {
            return key + " or " + ConfigLoader.environmentVariable(key);
        }
    }

    private String explain(SQLException e, Bound lock, Bound statement) {
        String url = describe();
        String reason = Redaction.message(firstLine(e), settings.password());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "08001", "08004", "08006" -> "cannot connect to " + url + ": " + reason
                    + " (is the server running? check database.url or RETORT_DATABASE_URL)";
            case "28P01", "28000" -> "the database refused user '" + effectiveUser() + "' at " + url + ": " + reason
                    + " (check database.user and RETORT_DATABASE_PASSWORD)";
            case "3D000" -> reason + " at " + url + " (create the database first, or fix database.url)";
            case "55P03" -> "gave up after " + lock.after() + " waiting for a lock on " + lockedTables() + " at "
                    + url + ": another session holds it (a migration, a long transaction); run again when it is "
                    + "done, or wait longer with " + lock.setting() + " (0 waits without limit)";
            case "57014" -> reason.contains("statement timeout") ? "gave up after " + statement.after() + " reading "
                    + url + ": " + reason + " (raise " + statement.setting() + ")"
                    : "database error at " + url + ": " + reason;
            default -> "database error at " + url + ": " + reason;
        };
    }

    /**
     * The database failure behind a failed read (the reflector's and the normalizer's wrap it), when it is one of
     * the waits retort bounds ({@code lock_timeout}, {@code statement_timeout}), explained as such; else null.
     */
    DatabaseException timeoutBehind(Exception failure) {
        SQLException timeout = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("55P03".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))) {
                timeout = sql; // the innermost is the server's own message; wrappers copy only its state
            }
        }
        return timeout == null ? null : new DatabaseException(explain(timeout), failure);
    }

    /** The tables other sessions hold locked, as far as a session of its own can tell. */
    private String lockedTables() {
        try (Connection connection = connectToMigrate()) {
            String held = LockHolders.exclusiveLocks(connection);
            return held.isEmpty() ? "a table it reads (released since)" : held;
        } catch (DatabaseException | SQLException e) {
            return "a table it reads";
        }
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
