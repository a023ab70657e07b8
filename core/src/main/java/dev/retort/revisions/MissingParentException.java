package dev.retort.revisions;

/** A revision names a parent that no revision file declares (deleted, or never committed). */
public final class MissingParentException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String parent;

    MissingParentException(Revision revision, String parent) {
        super("revision " + revision.describe() + " names parent " + parent
                + ", which no revision file declares; restore that file or fix the '-- retort:parents' line");
        this.revision = revision.id();
        this.parent = parent;
    }

    public String revision() {
        return revision;
    }

    public String parent() {
        return parent;
    }
}
