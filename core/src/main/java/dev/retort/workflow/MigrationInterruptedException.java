package dev.retort.workflow;

/**
 * A signal stopped upgrade or downgrade. By the time this is thrown the statement in flight was cancelled on the
 * server and the revision's transaction rolled back; the one-line message says where the database stays (and, after
 * a {@code -- retort:no-transaction} block, exactly which statements ran).
 */
public final class MigrationInterruptedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int signal;

    MigrationInterruptedException(String message, int signal, Throwable cause) {
        super("interrupted: " + message, cause);
        this.signal = signal;
    }

    /** The signal's number: 2 for SIGINT (Ctrl-C), 15 for SIGTERM. */
    public int signal() {
        return signal;
    }
}
