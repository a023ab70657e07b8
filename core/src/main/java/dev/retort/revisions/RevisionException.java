package dev.retort.revisions;

/**
 * A problem with revision files, the revision graph, a script or the version table that the user must fix. The
 * message is one line naming the file, revision or table concerned and what to do; no stack trace is needed to
 * act on it.
 */
public class RevisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RevisionException(String message) {
        super(message);
    }

    RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
