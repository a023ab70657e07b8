package dev.retort.workflow;

/** The database has not applied every revision of the directory, so comparing it with the entities would mislead. */
public final class NotUpToDateException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotUpToDateException(String message) {
        super(message);
    }
}
