package dev.retort.workflow;

/** The database could not be reached or refused an operation; the message is one line and never holds a password. */
public final class DatabaseException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
