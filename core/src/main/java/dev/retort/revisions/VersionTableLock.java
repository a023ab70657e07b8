package dev.retort.revisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * retort's lock on one version table: a PostgreSQL session-level advisory lock (key {@link VersionTableName#lockKey})
 * held by a connection of its own that stays idle, outside any transaction, while another connection migrates.
 *
 * <p>Why this shape: {@code CREATE INDEX CONCURRENTLY} waits for every transaction that holds a snapshot. A lock
 * held inside a transaction, or a process blocked in {@code pg_advisory_lock()} (its statement holds a snapshot
 * while it waits), would make the migration wait for the waiter that waits for the migration: a deadlock PostgreSQL
 * does not detect. So the holder's lock connection is idle, and waiters poll {@code pg_try_advisory_lock()}, which
 * returns at once, sleeping between polls with no statement open.
 *
 * <p>The lock is released by {@link #close()}, and by PostgreSQL when the process dies (its session ends).
 */
public final class VersionTableLock implements AutoCloseable {

    /** Hears about waiting, for the log. */
    public interface Listener {
        /** Called when the lock is taken and every minute after, while waiting. */
        void waiting(String holder, Duration waited);
    }

    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private static final Duration LONGEST_POLL = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final Connection connection;
    private final long key;
    private final Duration waited;

    private VersionTableLock(Connection connection, long key, Duration waited) {
        this.connection = connection;
        this.key = key;
        this.waited = waited;
    }

    /**
     * Takes the lock on {@code lockConnection}, which it owns from now on (and closes, also when it fails).
     *
     * @param wait how long to wait for another process to release it; zero tries once
     * @throws LockTimeoutException when the lock is still held after {@code wait}
     */
    public static VersionTableLock acquire(Connection lockConnection, VersionTableName table, Duration wait,
                                           Listener listener) throws SQLException {
        Objects.requireNonNull(wait, "wait");
        long key = table.lockKey();
        try {
            lockConnection.setAutoCommit(true);
            Instant start = Instant.now();
            Duration pause = FIRST_POLL;
            Duration nextReport = Duration.ZERO;
            boolean contended = false;
            while (!tryLock(lockConnection, key)) {
                contended = true;
                Duration waited = Duration.between(start, Instant.now());
                if (waited.compareTo(wait) >= 0) {
                    throw new LockTimeoutException("gave up after " + describe(wait) + " waiting for the lock on "
                            + table + ", held by " + holder(lockConnection, key) + ": another retort is migrating "
                            + "this database; run again when it is done, or wait longer with migration.lock_wait "
                            + "(RETORT_MIGRATION_LOCK_WAIT)");
                }
                if (waited.compareTo(nextReport) >= 0) {
                    listener.waiting(holder(lockConnection, key), waited);
                    nextReport = nextReport.plus(REPORT_EVERY);
                }
                sleep(min(pause, wait.minus(waited)));
                pause = min(pause.multipliedBy(2), LONGEST_POLL);
            }
            return new VersionTableLock(lockConnection, key,
                    contended ? Duration.between(start, Instant.now()) : Duration.ZERO);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(lockConnection, e);
            throw e;
        }
    }

    public long key() {
        return key;
    }

    /** How long {@link #acquire} waited for another process; zero when the lock was free. */
    public Duration waited() {
        return waited;
    }

    /** Releases the lock and closes its connection; does nothing the second time. */
    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (Connection owned = connection;
             PreparedStatement unlock = owned.prepareStatement("select pg_catalog.pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_catalog.pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** "pid 4242 (retort, user app, connected 2026-11-23T10:15:30Z)", as far as this user may see. */
    private static String holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(VersionTable.load("lock-holder.sql"))) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return "a session that has just released it";
                }
                StringBuilder holder = new StringBuilder("pid ").append(result.getInt(1)).append(" (");
                String application = result.getString(2);
                holder.append(application == null || application.isEmpty() ? "unnamed application" : application);
                if (result.getString(3) != null) {
                    holder.append(", user ").append(result.getString(3));
                }
                if (result.getTimestamp(4) != null) {
                    holder.append(", connected ")
                            .append(result.getTimestamp(4).toInstant().truncatedTo(ChronoUnit.SECONDS));
                }
                return holder.append(')').toString();
            }
        }
    }

    static String describe(Duration duration) {
        if (duration.toMillis() % 60_000 == 0 && !duration.isZero()) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("interrupted while waiting for the lock");
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
