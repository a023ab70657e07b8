package dev.retort.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link CatalogSnapshot} of a database built from nothing by given statements: the expected catalog a
 * migrated database must equal. One database per JVM serves every reference, emptied (every user schema
 * dropped, an empty {@code public} made again) before each: as good as a fresh one for the catalog, and a
 * property test of hundreds of pairs does not pay for hundreds of CREATE DATABASE.
 */
public final class ReferenceCatalog {

    private static TestDatabase database;

    private ReferenceCatalog() {
    }

    /**
     * @param statements run in order, each on its own
     * @param views      CREATE VIEW statements, run after the others; one that reads a view not made yet is
     *                   tried again after the rest
     */
    public static synchronized List<String> of(List<String> statements, List<String> views) {
        TestDatabase reference = emptied();
        try (Connection connection = reference.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                run(statement, sql);
            }
            createViews(statement, views);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return CatalogSnapshot.of(reference);
    }

    private static void run(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("the reference database refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void createViews(Statement statement, List<String> views) {
        List<String> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            List<String> refused = new ArrayList<>();
            for (String view : pending) {
                try {
                    statement.execute(view);
                } catch (SQLException e) {
                    refused.add(view);
                }
            }
            if (refused.size() == pending.size()) {
                run(statement, refused.get(0)); // no progress: report the first one's error
            }
            pending = refused;
        }
    }

    private static TestDatabase emptied() {
        if (database == null) {
            database = PostgresServer.get().createDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        List<String> schemas = database.queryColumn("SELECT quote_ident(nspname) FROM pg_namespace WHERE nspname"
                + " NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'");
        List<String> statements = new ArrayList<>();
        schemas.forEach(schema -> statements.add("DROP SCHEMA " + schema + " CASCADE"));
        statements.add("CREATE SCHEMA public");
        database.execute(statements.toArray(String[]::new));
        return database;
    }
}
