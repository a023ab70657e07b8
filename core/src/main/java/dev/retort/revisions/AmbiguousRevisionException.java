package dev.retort.revisions;

import java.util.Collection;
import java.util.List;

/** A revision spec fits several revisions (a short prefix, or a relative step at a branch or merge). */
public final class AmbiguousRevisionException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String spec;
    private final List<String> candidates;

    AmbiguousRevisionException(String spec, String why, Collection<String> candidates) {
        super("'" + spec + "' is ambiguous: " + why + ": " + String.join(", ", candidates)
                + "; name one of them");
        this.spec = spec;
        this.candidates = List.copyOf(candidates);
    }

    public String spec() {
        return spec;
    }

    public List<String> candidates() {
        return candidates;
    }
}
