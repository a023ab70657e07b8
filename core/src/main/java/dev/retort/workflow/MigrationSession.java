package dev.retort.workflow;

import dev.retort.config.MigrationSettings;
import dev.retort.revisions.VersionTable;
import dev.retort.revisions.VersionTableLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The two connections of a migration: one holds the version table's lock and stays idle, the other runs the
 * revisions with the configured {@code lock_timeout} and {@code statement_timeout}, in auto-commit mode (the script
 * runner opens its own transactions). The version table exists, in its current shape, once this is open.
 */
final class MigrationSession implements AutoCloseable {

    private final VersionTableLock lock;
    private final Connection connection;
    private final VersionTable.Created created;

    private MigrationSession(VersionTableLock lock, Connection connection, VersionTable.Created created) {
        this.lock = lock;
        this.connection = connection;
        this.created = created;
    }

    static MigrationSession open(Project project, Database database, MigrationEvents events)
            throws DatabaseException, SQLException {
        VersionTable versionTable = project.versionTable();
        String table = versionTable.name().toString();
        VersionTableLock lock = VersionTableLock.acquire(database.connect(), versionTable.name(),
                project.config().migration().lockWait(), (holder, waited) -> events.waiting(table, holder, waited));
        try {
            Connection connection = database.connectToMigrate();
            try {
                connection.setAutoCommit(true);
                apply(connection, project.config().migration());
                VersionTable.Created created = versionTable.ensureExists(connection);
                events.locked(table, database.describe(), lock.key(), lock.waited());
                return new MigrationSession(lock, connection, created);
            } catch (SQLException | RuntimeException e) {
                closeAfter(connection, e);
                throw e;
            }
        } catch (DatabaseException | SQLException | RuntimeException e) {
            closeAfter(lock, e);
            throw e;
        }
    }

    private static void closeAfter(AutoCloseable resource, Exception failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** What opening the session had to create for the version table. */
    VersionTable.Created created() {
        return created;
    }

    private static void apply(Connection connection, MigrationSettings settings) throws SQLException {
        set(connection, "lock_timeout", settings.lockTimeout());
        set(connection, "statement_timeout", settings.statementTimeout());
    }

    private static void set(Connection connection, String setting, Duration value) throws SQLException {
        if (value == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("select pg_catalog.set_config(?, ?, false)")) {
            statement.setString(1, setting);
            statement.setString(2, value.toMillis() + "ms");
            statement.execute();
        }
    }

    /** Closes the migration connection first, so the lock is held until nothing of this process can run. */
    @Override
    public void close() throws SQLException {
        try (VersionTableLock held = lock) {
            connection.close();
        }
    }
}
