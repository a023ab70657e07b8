package dev.retort.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link CatalogSnapshot} of an empty database after given statements: the expected catalog a migrated
 * database must equal. The statements run in one transaction that is read and then rolled back, so one empty
 * database per JVM serves every reference, as good as a fresh one for the catalog, and a property test of
 * hundreds of pairs pays for neither a CREATE DATABASE nor a cleanup per pair.
 */
public final class ReferenceCatalog {

    private static TestDatabase database;

    private ReferenceCatalog() {
    }

    /**
     * @param statements run in order
     * @param views      CREATE VIEW statements, run after the others; one that reads a view not made yet is
     *                   tried again after the rest
     */
    public static synchronized List<String> of(List<String> statements, List<String> views) {
        try (Connection connection = empty().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    run(statement, sql);
                }
                createViews(connection, statement, views);
                return CatalogSnapshot.of(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void run(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("the reference database refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void createViews(Connection connection, Statement statement, List<String> views)
            throws SQLException {
        List<String> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            List<String> refused = new ArrayList<>();
            for (String view : pending) {
                Savepoint beforeView = connection.setSavepoint();
                try {
                    statement.execute(view);
                } catch (SQLException e) {
                    connection.rollback(beforeView);
                    refused.add(view);
                }
            }
            if (refused.size() == pending.size()) {
                run(statement, refused.get(0)); // no progress: report the first one's error
            }
            pending = refused;
        }
    }

    private static TestDatabase empty() {
        if (database == null) {
            database = PostgresServer.get().createDatabaseForTheRun();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }
}
