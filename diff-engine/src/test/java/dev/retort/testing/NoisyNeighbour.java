package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Unrelated work on the test server, in a database of its own ({@code retort_neighbour_<random>}): one session holds
 * advisory locks (retort's own key among them) and stays idle, another runs a long {@code pg_sleep}. A test that
 * looks at {@code pg_locks} or {@code pg_stat_activity} server-wide, or waits for "no advisory lock", sees it and
 * fails; a test that looks only at its own database never notices. {@link #close()} cancels its own query, closes its
 * own sessions and drops its database: it never touches a session it did not open.
 */
public final class NoisyNeighbour implements AutoCloseable {

    /**
     * Keys held in the neighbour's database: retort's key for {@code public.retort_version} (the key a retort run on
     * any other database of the server takes; {@code VersionTableName.DEFAULT.lockKey()} in module cli, which this
     * module cannot see, and which {@code VersionTableLockTest} pins to this value), and plain small keys as other
     * applications use them.
     */
    public static final List<Long> LOCK_KEYS = List.of(-6_000_398_394_032_713_877L, 1L, 42L);
    /** Long enough to outlast any test run; the session is cancelled at the end of the run. */
    private static final String LONG_QUERY = "select pg_sleep(86400) /* retort test neighbour */";

    private final PostgresServer server;
    private final String database;
    private final Connection locker;
    private final Connection sleeper;
    private final Statement sleeping;
    private final CompletableFuture<Void> sleep;
    private final int lockerPid;
    private final int sleeperPid;

    private NoisyNeighbour(PostgresServer server, String database, Connection locker, Connection sleeper,
                           Statement sleeping, CompletableFuture<Void> sleep, int lockerPid, int sleeperPid) {
        this.server = server;
        this.database = database;
        this.locker = locker;
        this.sleeper = sleeper;
        this.sleeping = sleeping;
        this.sleep = sleep;
        this.lockerPid = lockerPid;
        this.sleeperPid = sleeperPid;
    }

    /** Creates the neighbour's database on {@code server}, takes its locks and starts its long query. */
    public static NoisyNeighbour moveIn(PostgresServer server) {
        String database = "retort_neighbour_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        server.create(database);
        Connection locker = null;
        Connection sleeper = null;
        try {
            locker = connect(server, database);
            for (long key : LOCK_KEYS) {
                execute(locker, "select pg_advisory_lock(" + key + ")");
            }
            sleeper = connect(server, database);
            int sleeperPid = backendPid(sleeper); // asked first: the sleeping connection answers nothing else
            Statement sleeping = sleeper.createStatement();
            CompletableFuture<Void> sleep = runOnItsOwnThread(sleeping, LONG_QUERY);
            NoisyNeighbour neighbour = new NoisyNeighbour(server, database, locker, sleeper, sleeping, sleep,
                    backendPid(locker), sleeperPid);
            neighbour.awaitSleeping();
            return neighbour;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(sleeper);
            closeQuietly(locker);
            server.drop(database);
            throw new IllegalStateException("the noisy neighbour could not move in: " + e.getMessage(), e);
        }
    }

    public String database() {
        return database;
    }

    /** The session that holds {@link #LOCK_KEYS}. */
    public int lockerPid() {
        return lockerPid;
    }

    /** The session that runs the long query. */
    public int sleeperPid() {
        return sleeperPid;
    }

    /** Cancels its own query, ends its own sessions (releasing its locks) and drops its database. */
    @Override
    public void close() {
        try {
            sleeping.cancel(); // a cancel request for this statement's own backend, nobody else's
            sleep.get(30, TimeUnit.SECONDS);
        } catch (SQLException | ExecutionException | TimeoutException e) {
            // the query ended one way or another; closing the session below ends it for sure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(sleeper);
            closeQuietly(locker);
            server.drop(database);
        }
    }

    /** Returns once the long query shows as running, so that a test run never starts before the noise does. */
    private void awaitSleeping() throws SQLException {
        String running = "select count(*) from pg_stat_activity where datname = current_database() and pid = "
                + sleeperPid + " and state = 'active' and query = '" + LONG_QUERY + "'";
        for (int attempt = 0; attempt < 1000; attempt++) {
            if (sleep.isDone()) {
                sleep.join(); // rethrows what ended it
                throw new IllegalStateException("the long query ended at once");
            }
            try (Statement statement = locker.createStatement(); ResultSet rows = statement.executeQuery(running)) {
                rows.next();
                if (rows.getInt(1) == 1) {
                    return;
                }
            }
            sleepBriefly();
        }
        throw new IllegalStateException("the long query did not start within 10 s");
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        // retort's own sessions use this name: a test that picks sessions by application name alone sees these too
        properties.setProperty("ApplicationName", "retort");
        Connection connection = DriverManager.getConnection(server.urlFor(database), properties);
        // should the JVM die without closing them, the server ends these sessions within seconds, not a day later
        execute(connection, "set client_connection_check_interval = '2s'");
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A thread of its own, not the common pool's: the query blocks it for the whole run. */
    private static CompletableFuture<Void> runOnItsOwnThread(Statement statement, String sql) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                statement.execute(sql);
                done.complete(null);
            } catch (SQLException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "retort-test-neighbour");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the noisy neighbour moved in", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // the session is going away either way
        }
    }
}
