package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A throwaway database on the test server; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;
    private final String url;

    TestDatabase(PostgresServer server, String name, String url) {
        this.server = server;
        this.name = name;
        this.url = url;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, server.user(), server.password());
    }

    /** Runs statements, each on its own, in autocommit mode. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row of a query, as strings. */
    public List<String> queryColumn(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The pids of the sessions holding an advisory lock in this database, smallest first. PostgreSQL keys advisory
     * locks by database too, so this sees neither other tests' locks nor the noisy neighbour's on the same server.
     */
    public List<Integer> advisoryLockHolders() {
        return queryColumn("select pid from pg_catalog.pg_locks where locktype = 'advisory' and granted"
                + " and database = (select oid from pg_catalog.pg_database where datname = current_database())"
                + " order by pid").stream().map(Integer::valueOf).toList();
    }

    /**
     * A copy of this database made by PostgreSQL itself ({@code CREATE DATABASE ... TEMPLATE}): its schema and rows,
     * as another environment restored from the same dump holds them. Nobody may be connected to this database
     * meanwhile. Closing the copy drops it.
     */
    public TestDatabase copy() {
        return server.copyOf(name);
    }

    /** Drops this database, then any history scratch database retort left for it (and says so). */
    @Override
    public void close() {
        server.drop(name);
        List<String> scratch = server.dropHistoryScratchOf(name);
        if (!scratch.isEmpty()) {
            System.err.println("retort tests: retort left its history scratch database(s) " + String.join(", ", scratch)
                    + " of " + name + "; dropped with it");
        }
    }
}
