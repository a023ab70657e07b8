package dev.retort.workflow;

/**
 * A revision's statement failed during upgrade or downgrade. The one-line message names the file, the line and
 * PostgreSQL's message, and where the database was left.
 */
public final class MigrationFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
