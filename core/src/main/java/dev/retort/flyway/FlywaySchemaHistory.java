package dev.retort.flyway;

import dev.retort.config.FlywaySettings;
import dev.retort.revisions.AppliedRevision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway's history table ({@code flyway_schema_history}, or the project's {@code flyway.table} in its
 * {@code defaultSchema}, else on the connection's search path, where Flyway puts it), read as retort reads its
 * version table: the applied versions in the order Flyway installed them. A {@code BASELINE} row stands for every
 * version up to it: those scripts never ran on this database, and Flyway never will run them. No checksum is judged:
 * Flyway's own {@code validate} compares its checksums with the files.
 */
public final class FlywaySchemaHistory {

    private static final String APPLIED = load("applied.sql");
    private static final String RANKS = load("ranks.sql");
    private static final String FORGET = load("forget.sql");

    private FlywaySchemaHistory() {
    }

    /** The applied versions of the default history table, in installed order; empty when Flyway has not run yet. */
    public static List<AppliedRevision> read(Connection connection) throws SQLException {
        return read(connection, FlywaySettings.DEFAULTS, List.of());
    }

    /**
     * @param versions the directory's versions, in order: a baseline row becomes those up to its version (none, when
     *                 no file is that old: the baseline then explains a schema no file made)
     */
    public static List<AppliedRevision> read(Connection connection, FlywaySettings settings, List<String> versions)
            throws SQLException {
        String table = table(settings);
        if (!exists(connection, table)) {
            return List.of();
        }
        List<AppliedRevision> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(String.format(APPLIED, table))) {
            while (result.next()) {
                long millis = result.getLong(4);
                Long duration = result.wasNull() ? null : millis;
                FlywayVersion version = FlywayVersion.parse(result.getString(1));
                java.time.Instant installed = result.getTimestamp(2).toInstant();
                String by = result.getString(3);
                if (result.getString(5).equals("BASELINE")) {
                    for (String underIt : versions) {
                        if (FlywayVersion.parse(underIt).compareTo(version) <= 0) {
                            rows.add(new AppliedRevision(FlywayVersion.parse(underIt).toString(), installed, null,
                                    by, null, null, null));
                        }
                    }
                    continue;
                }
                rows.add(new AppliedRevision(version.toString(), installed, null, by, null, duration, null));
            }
        }
        return List.copyOf(rows);
    }

    /** The version of the database's {@code BASELINE} row, if Flyway baselined it. */
    public static java.util.Optional<FlywayVersion> baseline(Connection connection, FlywaySettings settings)
            throws SQLException {
        String table = table(settings);
        if (!exists(connection, table)) {
            return java.util.Optional.empty();
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT version FROM " + table + " WHERE success AND type = 'BASELINE' ORDER BY installed_rank")) {
            return result.next() ? java.util.Optional.of(FlywayVersion.parse(result.getString(1)))
                    : java.util.Optional.empty();
        }
    }

    public static void forget(Connection connection, String version) throws SQLException {
        forget(connection, FlywaySettings.DEFAULTS, version);
    }

    /**
     * Deletes the rows of one version (however its file spelled it: {@code 1.0} is {@code 1}), as a Flyway Community
     * user does by hand after running an undo script, so that {@code flyway migrate} applies the version again.
     */
    public static void forget(Connection connection, FlywaySettings settings, String version) throws SQLException {
        String table = table(settings);
        FlywayVersion forgotten = FlywayVersion.parse(version);
        List<Integer> ranks = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(String.format(RANKS, table))) {
            while (result.next()) {
                if (FlywayVersion.parse(result.getString(2)).compareTo(forgotten) == 0) {
                    ranks.add(result.getInt(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(String.format(FORGET, table))) {
            for (int rank : ranks) {
                delete.setInt(1, rank);
                delete.executeUpdate();
            }
        }
    }

    /** The history table as SQL names it: quoted, as Flyway creates it, in its schema when one is configured. */
    public static String table(FlywaySettings settings) {
        return settings.defaultSchema().map(schema -> quote(schema) + ".").orElse("") + quote(settings.table());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Whether the database holds the project's Flyway history table. */
    public static boolean exists(Connection connection, FlywaySettings settings) throws SQLException {
        return exists(connection, table(settings));
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
    private static String load(String name) {
        try (InputStream in = FlywaySchemaHistory.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("retort lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
