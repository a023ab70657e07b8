package dev.retort.workflow;

import java.util.List;

/**
 * Applied revisions whose files changed since they were applied: what the database ran is no longer what the
 * directory says. The one-line message names each file and how to go on.
 */
public final class ChangedRevisionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    public ChangedRevisionException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    public List<String> revisions() {
        return revisions;
    }
}
