package dev.retort.flyway;

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
 * Flyway's {@code flyway_schema_history}, read as retort reads its version table: the applied versions in the
 * order Flyway installed them. The table is found on the connection's search path, where Flyway puts it by
 * default. No checksum is judged: Flyway's own {@code validate} compares its checksums with the files.
 */
public final class FlywaySchemaHistory {

    private static final String APPLIED = load("applied.sql");
    private static final String RANKS = load("ranks.sql");
    private static final String FORGET = load("forget.sql");

    private FlywaySchemaHistory() {
    }

    /** The applied versions, in installed order; empty when Flyway has not run yet. */
    public static List<AppliedRevision> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<AppliedRevision> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(APPLIED)) {
            while (result.next()) {
                long millis = result.getLong(4);
                Long duration = result.wasNull() ? null : millis;
                rows.add(new AppliedRevision(FlywayVersion.parse(result.getString(1)).toString(),
                        result.getTimestamp(2).toInstant(), null, result.getString(3), null, duration, null));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Deletes the rows of one version (however its file spelled it: {@code 1.0} is {@code 1}), as a Flyway Community
     * user does by hand after running an undo script, so that {@code flyway migrate} applies the version again.
     */
    public static void forget(Connection connection, String version) throws SQLException {
        FlywayVersion forgotten = FlywayVersion.parse(version);
        List<Integer> ranks = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(RANKS)) {
            while (result.next()) {
                if (FlywayVersion.parse(result.getString(2)).compareTo(forgotten) == 0) {
                    ranks.add(result.getInt(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(FORGET)) {
            for (int rank : ranks) {
                delete.setInt(1, rank);
                delete.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
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
