package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * retort's advisory lock on the version table, between real sessions. The tests look only at their own database's
 * locks and only end sessions they opened: other work on the server (the noisy neighbour) is not theirs to see.
 */
@ExtendWith(PostgresExtension.class)
class VersionTableLockTest {

    private static final VersionTableName TABLE = VersionTableName.DEFAULT;

    @Test
    void theKeyIsFixedByTheTableNameAndDiffersBetweenTables() {
        // The value, computed apart (Python: struct.unpack(">q", sha256(b'retort:"public"."retort_version"')[:8])).
        assertThat(TABLE.lockKey()).isEqualTo(new VersionTableName("public", "retort_version").lockKey())
                .isEqualTo(-6_000_398_394_032_713_877L);
        assertThat(new VersionTableName("audit", "retort_version").lockKey()).isNotEqualTo(TABLE.lockKey());
    }

    @Test
    void aSecondProcessThatMayNotWaitIsToldWhoHoldsTheLock(TestDatabase database) throws Exception {
        Connection holding = database.connect();
        int holder = backendPid(holding);
        try (VersionTableLock held = VersionTableLock.acquire(holding, TABLE, Duration.ZERO, noListener());
             Connection other = database.connect()) {
            assertThat(database.advisoryLockHolders()).containsExactly(holder);
            assertThat(held.waited()).as("the lock was free").isZero();

            assertThatThrownBy(() -> VersionTableLock.acquire(other, TABLE, Duration.ofMillis(300), noListener()))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageStartingWith("gave up after 300 ms waiting for the lock on public.retort_version, "
                            + "held by pid " + holder + " (")
                    .hasMessageEndingWith("another retort is migrating this database; run again when it is done, "
                            + "or wait longer with migration.lock_wait (RETORT_MIGRATION_LOCK_WAIT)");
            assertThat(other.isClosed()).as("a failed acquire closes the connection it was given").isTrue();
        }
        assertThat(database.advisoryLockHolders()).isEmpty();
    }

    @Test
    void aWaitingProcessGetsTheLockWhenTheHolderReleasesIt(TestDatabase database) throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        Connection holding = database.connect();
        int holder = backendPid(holding);
        VersionTableLock held = VersionTableLock.acquire(holding, TABLE, Duration.ZERO, noListener());
        CompletableFuture<VersionTableLock> waiter = CompletableFuture.supplyAsync(() -> acquire(database,
                Duration.ofSeconds(30), (who, waited) -> heard.add(who)));
        Thread.sleep(500);
        assertThat(waiter).isNotDone();
        held.close();

        try (VersionTableLock second = waiter.get(10, TimeUnit.SECONDS)) {
            assertThat(second.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(heard).singleElement().asString().startsWith("pid " + holder + " (");
        }
        assertThat(database.advisoryLockHolders()).isEmpty();
    }

    @Test
    void theLockEndsWithTheSessionThatHeldIt(TestDatabase database) throws Exception {
        Connection holding = database.connect();
        int holder = backendPid(holding);
        VersionTableLock.acquire(holding, TABLE, Duration.ZERO, noListener()); // never closed: no unlock is sent
        holding.close(); // the session ends under the lock, as when the process dies

        Connection next = database.connect();
        int successor = backendPid(next);
        try (VersionTableLock taken = VersionTableLock.acquire(next, TABLE, Duration.ofSeconds(30), noListener())) {
            assertThat(database.advisoryLockHolders()).containsExactly(successor).doesNotContain(holder);
        }
    }

    /** Advisory locks belong to a database: retort runs on two databases of one server never wait on each other. */
    @Test
    void theSameVersionTableInAnotherDatabaseOfTheServerIsLockedApart(TestDatabase database, TestDatabase other)
            throws Exception {
        Connection here = database.connect();
        Connection there = other.connect();
        int herePid = backendPid(here);
        int therePid = backendPid(there);
        try (VersionTableLock first = VersionTableLock.acquire(here, TABLE, Duration.ZERO, noListener());
             VersionTableLock second = VersionTableLock.acquire(there, TABLE, Duration.ZERO, noListener())) {
            assertThat(second.waited()).isZero();
            assertThat(database.advisoryLockHolders()).containsExactly(herePid);
            assertThat(other.advisoryLockHolders()).containsExactly(therePid);
        }
    }

    /**
     * The reason for the design: while one process holds the lock and another waits for it, the holder's migration
     * session can still build an index concurrently. A waiter blocked in pg_advisory_lock() would hold a snapshot
     * that CREATE INDEX CONCURRENTLY waits for, forever.
     */
    @Test
    void createIndexConcurrentlyCompletesWhileAnotherProcessWaitsForTheLock(TestDatabase database) throws Exception {
        database.execute("create table book (id bigint)", "insert into book select generate_series(1, 10000)");
        try (VersionTableLock held = VersionTableLock.acquire(database.connect(), TABLE, Duration.ZERO, noListener());
             Connection migration = database.connect()) {
            CompletableFuture<VersionTableLock> waiter = CompletableFuture.supplyAsync(() -> acquire(database,
                    Duration.ofSeconds(60), (who, waited) -> { }));
            Thread.sleep(300);
            assertThat(waiter).isNotDone();

            CompletableFuture<Void> index = CompletableFuture.runAsync(() -> {
                try (Statement statement = migration.createStatement()) {
                    statement.execute("create index concurrently book_id on book (id)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            index.get(20, TimeUnit.SECONDS);
            assertThat(waiter).isNotDone();
            held.close();
            waiter.get(10, TimeUnit.SECONDS).close();
        }
        assertThat(database.queryColumn("select indisvalid from pg_index where indexrelid = 'book_id'::regclass"))
                .containsExactly("t");
    }

    private static VersionTableLock acquire(TestDatabase database, Duration wait, VersionTableLock.Listener listener) {
        try {
            return VersionTableLock.acquire(database.connect(), TABLE, wait, listener);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VersionTableLock.Listener noListener() {
        return (holder, waited) -> { };
    }

    /** The server process behind a connection this test opened: the only pids it may name. */
    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }
}
