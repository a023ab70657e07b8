package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.ops.Operation;
import dev.retort.schema.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects what a comparison decides: each difference applied (with its operation), reported, or ignored. */
final class Outcome {

    private final ComparePolicy policy;
    private final List<Change> changes = new ArrayList<>();
    private final List<Difference> reported = new ArrayList<>();

    Outcome(ComparePolicy policy) {
        this.policy = policy;
    }

    Action actionFor(Difference difference) {
        return policy.actionFor(difference.category(), difference.path());
    }

    /** Applies, reports or ignores one difference; the operations are made only when applied. */
    void decide(Difference difference, Supplier<List<Operation>> operations) {
        switch (actionFor(difference)) {
            case APPLY -> operations.get().forEach(op -> changes.add(Change.of(op, difference)));
            case REPORT -> reported.add(difference);
            case IGNORE -> { }
        }
    }

    void apply(Change change) {
        changes.add(change);
    }

    void report(Difference difference) {
        reported.add(difference);
    }

    /** Takes back what was reported about an object's presence, when a change removes the object after all. */
    void withdrawPresenceReports(ObjectPath path) {
        reported.removeIf(d -> d.path().equals(path) && d.aspect() == Aspect.PRESENCE);
    }

    ComparePolicy policy() {
        return policy;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    Comparison comparison() {
        return new Comparison(changes, reported);
    }
}
