package dev.retort.revisions;

import java.nio.file.Path;

/** Two revision files declare the same id. */
public final class DuplicateRevisionException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String id;

    public DuplicateRevisionException(String id, Path first, Path second) {
        super("revision " + id + " is declared by both " + first + " and " + second
                + "; give one of them a new '-- retort:revision' id");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
