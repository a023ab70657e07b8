package dev.retort.revisions;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A request from another thread (a signal handler) to stop the revisions being run. While it is {@link #arm armed},
 * after a request no further statement starts and {@link #cancelRunning()} cancels the one in flight on the server,
 * so that the revision's transaction is rolled back by the thread that runs it and nothing keeps running on the
 * server after retort is gone. Unarmed, nothing of retort runs on the server that its exit would leave behind, so a request is refused and
 * the caller exits as it would anyway.
 *
 * <p>Thread-safe: the runner registers each statement it executes; any thread may request and re-cancel.
 */
public final class Interruption {

    /** While armed: see {@link Interruption#arm()}; closing disarms. */
    public interface Armed extends AutoCloseable {
        @Override
        void close();
    }

    private volatile boolean armed;
    private volatile int signal;
    private volatile Statement running;

    /** From now until the returned scope closes, {@link #request} cancels rather than being refused. */
    public Armed arm() {
        armed = true;
        return () -> armed = false;
    }

    public boolean armed() {
        return armed;
    }

    /**
     * Stops the revisions: the runner starts no other statement. It returns at once; the caller then cancels the
     * statement in flight with {@link #cancelRunning()}, which may wait on the network.
     *
     * @param signalNumber the signal that asked for it (2 for SIGINT, 15 for SIGTERM), for the exit code
     * @return false, doing nothing, when nothing is armed
     */
    public boolean request(int signalNumber) {
        if (!armed) {
            return false;
        }
        signal = signalNumber;
        return true;
    }

    public boolean requested() {
        return signal != 0;
    }

    /** The signal number given to {@link #request}; 0 when none was. */
    public int signal() {
        return signal;
    }

    /**
     * Cancels the statement in flight, if any: PgJDBC sends a cancel request on a new connection, and waits for the
     * server to take it. Safe to repeat: PgJDBC cancels a statement only while its query is in flight, never the next
     * one, and not twice at once, so a caller that re-cancels until the runner has stopped closes the window between
     * a statement's registration and its query reaching the server.
     */
    public void cancelRunning() {
        Statement statement = running;
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // closed meanwhile, or the server is gone: either way nothing of it runs any more
        }
    }

    /** Registers the statement about to run; false when a request came first, so it must not start. */
    boolean starting(Statement statement) {
        running = statement;
        return !requested();
    }

    void finished() {
        running = null;
    }
}
