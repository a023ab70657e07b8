package dev.retort.revisions;

/** The version table does not agree with what was asked of it (a revision recorded twice, or never). */
public final class VersionTableException extends RevisionException {

    private static final long serialVersionUID = 1L;

    VersionTableException(String message) {
        super(message);
    }
}
