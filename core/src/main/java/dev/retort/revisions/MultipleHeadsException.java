package dev.retort.revisions;

import java.util.List;

/** "head" was asked for but the graph has several heads: the user names one, or merges them. */
public final class MultipleHeadsException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final List<String> heads;

    MultipleHeadsException(List<Revision> heads) {
        super("several heads: " + Revision.describe(heads) + "; name one, use 'heads', or run 'retort merge' to "
                + "join them");
        this.heads = heads.stream().map(Revision::id).toList();
    }

    public List<String> heads() {
        return heads;
    }
}
