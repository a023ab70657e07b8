package dev.retort.revisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The table in the database that records which revisions are applied: one row per applied revision (not only the
 * heads), so the applied set is explicit and a merge needs no special case. Each row carries its audit trail: the
 * file's checksum as applied, when, by which database and OS user, how long it took and which retort recorded it
 * (see {@link AppliedRevision}). A table made by retort 0.1 (revision and applied_at only) is read as it is and
 * brought to the current shape in place by {@link #ensureExists}.
 *
 * <p>Every method runs on the caller's connection and leaves transactions to the caller: {@link #markApplied}
 * belongs in the same transaction as the revision's statements, so that both happen or neither does.
 */
public final class VersionTable {

    /** The columns retort 0.1 did not have; a table lacking any of them is brought up to date. */
    private static final Set<String> AUDIT_COLUMNS = Set.of("checksum", "applied_by_db_user", "applied_by_os_user",
            "duration_ms", "retort_version");

    private final VersionTableName name;

    public VersionTable(VersionTableName name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static VersionTable standard() {
        return new VersionTable(VersionTableName.DEFAULT);
    }

    public VersionTableName name() {
        return name;
    }

    public boolean exists(Connection connection) throws SQLException {
        return !query(connection, "table-exists.sql", name.schema(), name.table()).isEmpty();
    }

    /**
     * Creates the table (and its schema when that is missing), or brings a retort 0.1 table to the current shape,
     * keeping its rows; does nothing to a current table. Run it under the {@link VersionTableLock}, so that two
     * processes never race to create the same table.
     */
    public Created ensureExists(Connection connection) throws SQLException {
        if (!exists(connection)) {
            boolean schema = query(connection, "schema-exists.sql", name.schema()).isEmpty();
            if (schema) {
                execute(connection, "create-schema.sql");
            }
            execute(connection, "create-table.sql");
            return schema ? Created.SCHEMA_AND_TABLE : Created.TABLE;
        }
        if (!hasAuditColumns(connection)) {
            execute(connection, "upgrade-table.sql");
        }
        return Created.NOTHING;
    }

    /** What {@link #ensureExists} had to create. */
    public enum Created {
        NOTHING, TABLE, SCHEMA_AND_TABLE
    }

    /**
     * Takes back what {@link #ensureExists} created, when nothing was recorded in it after all (the first revision
     * failed): the database is left as it was found, as "the database stays at base" says.
     */
    public void removeIfUnused(Connection connection, Created created) throws SQLException {
        if (created == Created.NOTHING || !read(connection).isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table " + name.quotedQualified());
            if (created == Created.SCHEMA_AND_TABLE) {
                statement.execute("drop schema " + name.quotedSchema());
            }
        }
    }

    /** The recorded revisions with their audit trail, in the order they were applied; empty without a table. */
    public List<AppliedRevision> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<AppliedRevision> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql(hasAuditColumns(connection) ? "applied.sql"
                     : "applied-v0.1.sql"))) {
            while (result.next()) {
                long millis = result.getLong(6);
                Long duration = result.wasNull() ? null : millis;
                rows.add(new AppliedRevision(result.getString(1), result.getTimestamp(3).toInstant(),
                        result.getString(2), result.getString(4), result.getString(5), duration,
                        result.getString(7)));
            }
        }
        return List.copyOf(rows);
    }

    /** The applied revision ids, in the order they were applied; empty when the table does not exist yet. */
    public Set<String> applied(Connection connection) throws SQLException {
        Set<String> applied = new LinkedHashSet<>();
        read(connection).forEach(row -> applied.add(row.id()));
        return Collections.unmodifiableSet(applied);
    }

    /**
     * Records a revision as applied, with the database's {@code current_user}.
     *
     * @param durationMillis how long it took, or null for a revision that is stamped, not run
     * @throws VersionTableException when the revision is already recorded as applied
     */
    public void markApplied(Connection connection, String revision, String checksum, Long durationMillis,
                            AppliedBy by) throws SQLException {
        int inserted;
        try (PreparedStatement statement = connection.prepareStatement(sql("mark-applied.sql"))) {
            statement.setString(1, revision);
            statement.setString(2, checksum);
            statement.setString(3, by.osUser());
            if (durationMillis == null) {
                statement.setNull(4, Types.BIGINT);
            } else {
                statement.setLong(4, durationMillis);
            }
            statement.setString(5, by.retortVersion());
            inserted = statement.executeUpdate();
        }
        if (inserted == 0) {
            throw new VersionTableException("revision " + revision + " is already recorded as applied in " + name
                    + "; another process may have applied it, check with 'retort current'");
        }
    }

    /** @throws VersionTableException when the revision is not recorded as applied */
    public void markUnapplied(Connection connection, String revision) throws SQLException {
        if (update(connection, "mark-unapplied.sql", revision) == 0) {
            throw new VersionTableException("revision " + revision + " is not recorded as applied in " + name
                    + "; another process may have reverted it, check with 'retort current'");
        }
    }

    /** What {@link #stamp} changed. */
    public record StampResult(List<String> added, List<String> removed, List<String> accepted) {
        public StampResult {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            accepted = List.copyOf(accepted);
        }
    }

    /**
     * Makes the recorded set exactly the given revisions, creating the table when needed; runs no script. Rows that
     * stay keep their audit trail, except that a changed checksum is replaced by the file's: stamping accepts the
     * files as they are now.
     *
     * @param checksums every revision to record, with the checksum of its file now
     */
    public StampResult stamp(Connection connection, Map<String, String> checksums, AppliedBy by) throws SQLException {
        ensureExists(connection);
        Map<String, AppliedRevision> recorded = new TreeMap<>();
        read(connection).forEach(row -> recorded.put(row.id(), row));
        List<String> removed = new ArrayList<>(recorded.keySet());
        removed.removeAll(checksums.keySet());
        try (PreparedStatement statement = connection.prepareStatement(sql("unstamp.sql"))) {
            statement.setArray(1, connection.createArrayOf("varchar", checksums.keySet().toArray()));
            statement.executeUpdate();
        }
        List<String> added = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(sql("mark-applied.sql"));
             PreparedStatement restamp = connection.prepareStatement(sql("restamp.sql"))) {
            for (Map.Entry<String, String> entry : new TreeMap<>(checksums).entrySet()) {
                AppliedRevision row = recorded.get(entry.getKey());
                if (row == null) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.setString(3, by.osUser());
                    insert.setNull(4, Types.BIGINT);
                    insert.setString(5, by.retortVersion());
                    insert.addBatch();
                    added.add(entry.getKey());
                } else if (!entry.getValue().equals(row.checksum())) {
                    restamp.setString(1, entry.getValue());
                    restamp.setString(2, entry.getKey());
                    restamp.setString(3, entry.getValue());
                    restamp.addBatch();
                    accepted.add(entry.getKey());
                }
            }
            // One round trip for a thousand rows, not a thousand; the rows are known to be absent (the lock holds).
            insert.executeBatch();
            restamp.executeBatch();
        }
        return new StampResult(added, removed, accepted);
    }

    /**
     * The statements that create the table, or bring it to the current shape, for a script run by hand: each is
     * safe to run again.
     */
    public List<String> setupSql() {
        return List.of(offline("offline-create-schema.sql").replace("{schema_name}", literal(name.schema())),
                offline("create-table.sql"), offline("upgrade-table.sql"));
    }

    /** The statement recording a revision, for a script run by hand: it fails when the row exists already. */
    public String markAppliedSql(String revision, String checksum, AppliedBy by) {
        return offline("offline-mark-applied.sql").replace("{revision}", literal(revision))
                .replace("{checksum}", literal(checksum)).replace("{retort_version}", literal(by.retortVersion()));
    }

    public String markUnappliedSql(String revision) {
        return offline("offline-mark-unapplied.sql").replace("{revision}", literal(revision));
    }

    private boolean hasAuditColumns(Connection connection) throws SQLException {
        return new HashSet<>(query(connection, "columns.sql", name.schema(), name.table())).containsAll(AUDIT_COLUMNS);
    }

    /** The first column of every row of a resource query with string parameters. */
    private List<String> query(Connection connection, String resource, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(resource))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private int update(Connection connection, String resource, String revision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(resource))) {
            statement.setString(1, revision);
            return statement.executeUpdate();
        }
    }

    private void execute(Connection connection, String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql(resource));
        }
    }

    /** A statement from the version-table resources, with the (quoted) table and schema names filled in. */
    String sql(String resource) {
        return load(resource).replace("{table}", name.quotedQualified()).replace("{schema}", name.quotedSchema());
    }

    /** {@link #sql} without the resource's leading comment lines, which would repeat through a printed script. */
    private String offline(String resource) {
        List<String> lines = new ArrayList<>(sql(resource).strip().lines().toList());
        while (!lines.isEmpty() && lines.get(0).startsWith("--")) {
            lines.remove(0);
        }
        return String.join("\n", lines);
    }

    /** A SQL string literal (standard_conforming_strings: only quotes are doubled), or NULL. */
    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    static String load(String resource) {
        try (InputStream in = VersionTable.class.getResourceAsStream("version-table/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the retort jar lacks version-table/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
