package dev.retort.embedded;

/** The embedded PostgreSQL could not be started; the message is one line saying why and what to do. */
public final class EmbeddedPostgresException extends Exception {
    private static final long serialVersionUID = 1L;

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
