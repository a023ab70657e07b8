package dev.retort.revisions;

import java.util.List;

/** Revision files name each other as parents in a circle, so no order can apply them. */
public final class CycleException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    /** @param cycle revisions such that each one's parent is the next, the last one's parent being the first */
    CycleException(List<Revision> cycle) {
        super("revisions form a cycle, each naming the next as its parent: " + Revision.describe(cycle)
                + ", back to " + cycle.get(0).id() + "; fix their '-- retort:parents' lines");
        this.cycle = cycle.stream().map(Revision::id).toList();
    }

    public List<String> cycle() {
        return cycle;
    }
}
