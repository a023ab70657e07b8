package dev.retort.reflect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The reflector's stay on a caller's connection. Opening it makes the connection ready for catalog reads
 * (inside a transaction, with the output settings pinned by {@code session/pin-output-settings.sql});
 * closing it gives the connection back exactly as it was found:
 * <ul>
 *   <li>autocommit on: the reflector runs its own read-only transaction, rolls it back and turns autocommit
 *       back on;</li>
 *   <li>autocommit off, no transaction open: the same, without touching autocommit;</li>
 *   <li>a transaction open: the reads run inside it, after a savepoint, so they see its uncommitted DDL;
 *       rolling back to the savepoint and releasing it undoes the pinned settings and nothing else.</li>
 * </ul>
 * It never commits and never closes the connection.
 */
final class CatalogReadSession implements AutoCloseable {

    private enum Mode { AUTOCOMMIT, OWN_TRANSACTION, CALLER_TRANSACTION }

    private final Connection connection;
    private final BaseConnection pg;
    private final Mode mode;
    private final Savepoint savepoint;

    private CatalogReadSession(Connection connection, BaseConnection pg, Mode mode, Savepoint savepoint) {
        this.connection = connection;
        this.pg = pg;
        this.mode = mode;
        this.savepoint = savepoint;
    }

    static CatalogReadSession open(Connection connection) throws ReflectionException {
        BaseConnection pg = postgresConnection(connection);
        CatalogReadSession session;
        try {
            session = enter(connection, pg);
        } catch (SQLException e) {
            throw new ReflectionException("cannot prepare the connection for reading the catalog: "
                    + e.getMessage(), e);
        }
        try {
            if (session.mode != Mode.CALLER_TRANSACTION) {
                session.run(CatalogSql.BEGIN_READ_ONLY_SNAPSHOT);
            }
            session.run(CatalogSql.PIN_OUTPUT_SETTINGS);
            return session;
        } catch (SQLException e) {
            ReflectionException failure = new ReflectionException(
                    "cannot prepare the connection for reading the catalog: " + e.getMessage(), e);
            try {
                session.close();
            } catch (ReflectionException restoreFailure) {
                failure.addSuppressed(restoreFailure);
            }
            throw failure;
        }
    }

    /** Takes the connection into a transaction of the right kind, remembering how to give it back. */
    private static CatalogReadSession enter(Connection connection, BaseConnection pg)
            throws SQLException, ReflectionException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            return new CatalogReadSession(connection, pg, Mode.AUTOCOMMIT, null);
        }
        TransactionState state = pg.getTransactionState();
        if (state == TransactionState.FAILED) {
            throw new ReflectionException("the connection's transaction is aborted by an earlier error;"
                    + " roll it back before reading the schema");
        }
        if (state == TransactionState.IDLE) {
            return new CatalogReadSession(connection, pg, Mode.OWN_TRANSACTION, null);
        }
        return new CatalogReadSession(connection, pg, Mode.CALLER_TRANSACTION, connection.setSavepoint());
    }

    private static BaseConnection postgresConnection(Connection connection) throws ReflectionException {
        try {
            if (connection.isWrapperFor(BaseConnection.class)) {
                return connection.unwrap(BaseConnection.class);
            }
        } catch (SQLException e) {
            throw new ReflectionException("cannot use the connection: " + e.getMessage(), e);
        }
        throw new ReflectionException("the connection is not a PostgreSQL JDBC connection ("
                + connection.getClass().getName() + "); retort reads PostgreSQL only");
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The connection to read through. */
    Connection connection() {
        return connection;
    }

    /** Fails when a catalog query failed: PostgreSQL aborts the transaction on any error, whoever swallowed it. */
    void ensureNoQueryFailed() throws ReflectionException {
        if (pg.getTransactionState() == TransactionState.FAILED) {
            throw new ReflectionException("a catalog query failed while reading the schema"
                    + " (SchemaCrawler logged the error); the connection is left as it was");
        }
    }

    @Override
    public void close() throws ReflectionException {
        try {
            switch (mode) {
                case AUTOCOMMIT -> {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                case OWN_TRANSACTION -> connection.rollback();
                case CALLER_TRANSACTION -> {
                    connection.rollback(savepoint);
                    connection.releaseSavepoint(savepoint);
                }
            }
        } catch (SQLException e) {
            throw new ReflectionException("cannot give the connection back as it was after reading the catalog: "
                    + e.getMessage(), e);
        }
    }
}
