package dev.retort.cli;

import dev.retort.revisions.Interruption;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM while a command may run revisions. The JVM's own handling exits at once, which leaves
 * the statement in flight running on the server, holding its locks, after retort's own lock is gone. Instead, while
 * the {@link Interruption} is armed, the first signal cancels that statement and lets the migrating thread roll
 * back, release the lock and report in one line, exiting 130 (SIGINT) or 143 (SIGTERM). A second signal, or a
 * server that does not end the statement within {@link #ROLLBACK_WAIT}, exits at once. Unarmed (waiting for the
 * lock, reading files), a signal exits as the JVM would: nothing of retort then keeps running on the server.
 *
 * <p>Uses {@code sun.misc.Signal} (module jdk.unsupported, present in JDK 17 to 25): a shutdown hook could cancel
 * too, but could neither tell a second signal from the first nor name the signal in the exit code it chose.
 */
final class CancelOnSignal implements AutoCloseable {

    /** Long enough for PostgreSQL to roll back an ordinary transaction, short enough for a deploy's stop timeout. */
    static final Duration ROLLBACK_WAIT = Duration.ofSeconds(5);

    private static final Duration RECANCEL_EVERY = Duration.ofMillis(100);
    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final Interruption interruption;
    private final PrintWriter err;
    private final String command;
    private final AtomicBoolean received = new AtomicBoolean();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private CancelOnSignal(Interruption interruption, PrintWriter err, String command) {
        this.interruption = interruption;
        this.err = err;
        this.command = command;
    }

    /** Handles SIGINT and SIGTERM until closed; {@code command} names the one line printed when it cannot wait. */
    static CancelOnSignal install(Interruption interruption, PrintWriter err, String command) {
        CancelOnSignal handling = new CancelOnSignal(interruption, err, command);
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                handling.previous.put(signal, Signal.handle(signal, handling::handle));
            } catch (IllegalArgumentException e) {
                // the JVM reserves it (-Xrs): the signal keeps its default effect
            }
        }
        return handling;
    }

    /** Runs on a thread of its own for each signal, while the migrating thread goes on. */
    private void handle(Signal signal) {
        int exitCode = ExitCode.forSignal(signal.getNumber());
        if (!received.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(exitCode); // the second signal: the user will not wait
        }
        if (!interruption.request(signal.getNumber())) {
            System.exit(exitCode); // as the JVM's own handler does
        }
        startCancelling();
        long deadline = System.nanoTime() + ROLLBACK_WAIT.toNanos();
        while (interruption.armed() && System.nanoTime() < deadline) {
            pause();
        }
        if (interruption.armed()) {
            err.println("retort " + command + ": interrupted: the server did not end the running statement within "
                    + ROLLBACK_WAIT.toSeconds() + " s of the cancel; exiting anyway: it may still be running (see "
                    + "pg_stat_activity, application_name retort)");
            err.flush();
            Runtime.getRuntime().halt(exitCode);
        }
        // Disarmed: the migrating thread rolled back, released the lock and is reporting; it exits with this code.
    }

    /**
     * Cancels on a thread of its own, again and again (a statement that reached the server after a cancel), until
     * the migrating thread has stopped: a cancel request that the network holds up must not hold up the deadline.
     */
    private void startCancelling() {
        Thread cancelling = new Thread(() -> {
            while (interruption.armed()) {
                interruption.cancelRunning();
                pause();
            }
        }, "retort cancel");
        cancelling.setDaemon(true);
        cancelling.start();
    }

    private static void pause() {
        try {
            Thread.sleep(RECANCEL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the signals back to the JVM's own handling. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
