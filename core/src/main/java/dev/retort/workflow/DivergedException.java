package dev.retort.workflow;

import java.util.List;

/**
 * The database's applied revisions are not a set the revision directory can explain: a revision no file declares,
 * or a revision applied without its parent. Upgrading from there would be guesswork.
 */
public final class DivergedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    public DivergedException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    public List<String> revisions() {
        return revisions;
    }
}
