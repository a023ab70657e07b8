package dev.retort.maven;

import dev.retort.revisions.Interruption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Ctrl-C or a stopped deploy job while a goal runs revisions: Maven's JVM exits, and without this the statement in
 * flight would go on running on the server, holding its locks (PostgreSQL notices a vanished client only when it next
 * writes to it). A shutdown hook, registered while the goal migrates, cancels that statement and gives the migrating
 * thread up to {@link #ROLLBACK_WAIT} to roll the revision back and release the version table's lock before the JVM
 * ends. A goal cannot take the signals themselves as the CLI does: they are Maven's.
 */
final class CancelOnShutdown implements AutoCloseable {

    /** As the CLI waits: long enough for PostgreSQL to roll back an ordinary transaction. */
    static final Duration ROLLBACK_WAIT = Duration.ofSeconds(5);

    private static final Duration RECANCEL_EVERY = Duration.ofMillis(100);
    private static final int SIGTERM = 15;

    private final Thread hook;

    private CancelOnShutdown(Thread hook) {
        this.hook = hook;
    }

    /** Registers the hook until closed; {@code say} gets the one line said when it cancels. */
    static CancelOnShutdown install(Interruption interruption, String goal, Consumer<String> say) {
        Thread hook = new Thread(() -> cancel(interruption, goal, say), "retort " + goal + " cancel on shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return new CancelOnShutdown(hook);
    }

    /** What the hook does: nothing when no revision runs; else cancel until the migrating thread has stopped. */
    static void cancel(Interruption interruption, String goal, Consumer<String> say) {
        if (!interruption.request(SIGTERM)) {
            return;
        }
        say.accept("retort " + goal + ": stopping: cancelling the running statement; the revision rolls back");
        long deadline = System.nanoTime() + ROLLBACK_WAIT.toNanos();
        while (interruption.armed() && System.nanoTime() < deadline) {
            interruption.cancelRunning();
            try {
                Thread.sleep(RECANCEL_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (interruption.armed()) {
            say.accept("retort " + goal + ": the server did not end the running statement within "
                    + ROLLBACK_WAIT.toSeconds() + " s of the cancel: it may still be running (see pg_stat_activity,"
                    + " application_name retort)");
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, as it should
        }
    }
}
