package dev.retort.liquibase;

import dev.retort.revisions.AppliedRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Liquibase's {@code DATABASECHANGELOG}, read as retort reads its version table: the changesets applied (run, or
 * marked ran by {@code changelog-sync}), in the order Liquibase executed them, each identified as
 * {@link LiquibaseChangeLog#key(String, String, String)}. The table is found on the connection's search path, where
 * Liquibase puts it by default. No checksum is judged: Liquibase's own {@code validate} compares its checksums with
 * the changelogs.
 */
public final class LiquibaseHistory {

    private static final String APPLIED = "SELECT filename, id, author, dateexecuted FROM databasechangelog"
            + " WHERE exectype IN ('EXECUTED', 'MARK_RAN', 'RERAN') ORDER BY orderexecuted, dateexecuted";

    private LiquibaseHistory() {
    }

    /** The applied changesets, in executed order; empty when Liquibase has not run yet. */
    public static List<AppliedRevision> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<AppliedRevision> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(APPLIED);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String id = LiquibaseChangeLog.key(result.getString(1), result.getString(2), result.getString(3));
                rows.add(new AppliedRevision(id, result.getTimestamp(4).toInstant(), null, null, null, null, null));
            }
        }
        return List.copyOf(rows);
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT to_regclass('databasechangelog') IS NOT NULL");
             ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }
}
