package dev.retort.revisions;

/** A revision spec or a recorded revision names nothing in the revision graph. */
public final class UnknownRevisionException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String spec;

    UnknownRevisionException(String spec, String message) {
        super(message);
        this.spec = spec;
    }

    public String spec() {
        return spec;
    }
}
