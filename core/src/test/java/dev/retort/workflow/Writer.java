package dev.retort.workflow;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application in the lock-aware tests: a session of its own that inserts an order and updates another, in a loop,
 * each statement its own transaction, and times every statement while the migration runs.
 */
final class Writer implements AutoCloseable {

    /** The writer's statement latencies while the migration ran. */
    record Latencies(int count, double maxMillis, double p99Millis, long migrationMillis) {
        @Override
        public String toString() {
            return String.format("%d writes, max %.1f ms, p99 %.1f ms (DDL %d ms)", count, maxMillis, p99Millis,
                    migrationMillis);
        }
    }

    interface Migration {
        void run(Connection connection) throws Exception;
    }

    private final Connection connection;
    private final Thread thread;
    private final List<Long> nanos = new ArrayList<>();
    private volatile boolean stopping;
    private volatile Exception failure;

    private Writer(TestDatabase database) throws SQLException {
        connection = database.connect();
        connection.setAutoCommit(true);
        thread = new Thread(this::loop, "writer");
        thread.start();
    }

    /** Runs the migration on a connection of its own while the writer writes; its latencies in that time. */
    static Latencies during(TestDatabase database, Migration migration) throws Exception {
        long migrationNanos;
        Writer writer = new Writer(database);
        try (Connection migrating = database.connect()) {
            Thread.sleep(100); // the writer is writing when the DDL starts
            long start = System.nanoTime();
            migration.run(migrating);
            migrationNanos = System.nanoTime() - start;
            Thread.sleep(50);
        } finally {
            writer.close();
        }
        if (writer.failure != null) {
            throw new AssertionError("the writer failed: " + writer.failure.getMessage(), writer.failure);
        }
        return writer.latencies(migrationNanos / 1_000_000);
    }

    private void loop() {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO public.orders"
                + " (customer_id, amount, note, status, code) VALUES (?, ?, 'w', 'new', ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE public.orders SET amount = amount + 1 WHERE id = ?")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (long i = 0; !stopping; i++) {
                long start = System.nanoTime();
                if (i % 2 == 0) {
                    insert.setLong(1, 1 + random.nextInt(1000));
                    insert.setInt(2, random.nextInt(500));
                    insert.setInt(3, random.nextInt(1_000_000));
                    insert.executeUpdate();
                } else {
                    update.setLong(1, 1 + random.nextInt(200_000));
                    update.executeUpdate();
                }
                long took = System.nanoTime() - start;
                synchronized (nanos) {
                    nanos.add(took);
                }
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    private Latencies latencies(long migrationMillis) {
        long[] sorted;
        synchronized (nanos) {
            sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Latencies(0, 0, 0, migrationMillis);
        }
        int p99 = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1);
        return new Latencies(sorted.length, sorted[sorted.length - 1] / 1e6, sorted[p99] / 1e6, migrationMillis);
    }

    @Override
    public void close() throws Exception {
        stopping = true;
        thread.join(30_000);
        connection.close();
    }
}
