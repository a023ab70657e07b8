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
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table in the database that records which revisions are applied: one row per applied revision (not only the
 * heads), so the applied set is explicit and a merge needs no special case. Columns: {@code revision varchar(64)
 * primary key, applied_at timestamptz not null default now()}.
 *
 * <p>Every method runs on the caller's connection and leaves transactions to the caller: {@link #markApplied}
 * belongs in the same transaction as the revision's statements, so that both happen or neither does.
 */
public final class VersionTable {

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
        return found(connection, "table-exists.sql", name.schema(), name.table());
    }

    /** Creates the table, and its schema when that is missing; does nothing when the table exists. */
    public void ensureExists(Connection connection) throws SQLException {
        if (exists(connection)) {
            return;
        }
        if (!found(connection, "schema-exists.sql", name.schema())) {
            execute(connection, "create-schema.sql");
        }
        execute(connection, "create-table.sql");
    }

    /** The applied revisions, in the order they were applied; empty when the table does not exist yet. */
    public Set<String> applied(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return Set.of();
        }
        Set<String> applied = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("applied.sql"))) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        return Collections.unmodifiableSet(applied);
    }

    /** @throws VersionTableException when the revision is already recorded as applied */
    public void markApplied(Connection connection, String revision) throws SQLException {
        if (update(connection, "mark-applied.sql", revision) == 0) {
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

    /** Replaces the recorded set with exactly {@code revisions}, creating the table when needed; runs no script. */
    public void stamp(Connection connection, Set<String> revisions) throws SQLException {
        ensureExists(connection);
        execute(connection, "clear.sql");
        for (String revision : new TreeSet<>(revisions)) {
            markApplied(connection, revision);
        }
    }

    private boolean found(Connection connection, String resource, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(resource))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
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
    private String sql(String resource) {
        return load(resource).replace("{table}", name.quotedQualified()).replace("{schema}", name.quotedSchema());
    }

    private static String load(String resource) {
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
