package dev.retort.revisions;

/** Another process held the version table's lock for longer than retort was allowed to wait. */
public final class LockTimeoutException extends RevisionException {

    private static final long serialVersionUID = 1L;

    LockTimeoutException(String message) {
        super(message);
    }
}
