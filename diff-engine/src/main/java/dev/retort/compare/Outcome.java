package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.ops.Operation;
import dev.retort.schema.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects what a comparison decides: each difference applied (with its operation), reported, or ignored. The
 * decision, in order: a difference accepted at adoption is kept silently; else a configured rule for its kind and
 * object decides; else its cause: what the developer changed is applied, drift is reported, what the history made
 * and the entities cannot describe is left alone, and without a history the kind's conservative default holds.
 */
final class Outcome {

    private final ComparePolicy policy;
    private final Attribution attribution;
    private final List<Change> changes = new ArrayList<>();
    private final List<Difference> reported = new ArrayList<>();

    Outcome(ComparePolicy policy, Attribution attribution) {
        this.policy = policy;
        this.attribution = attribution;
    }

    /** The difference with its cause. */
    Difference attributed(Difference difference) {
        return difference.withCause(attribution.causeOf(difference));
    }

    Action actionFor(Difference difference) {
        Cause cause = attribution.causeOf(difference);
        if (cause == Cause.ACCEPTED) {
            return Action.IGNORE;
        }
        Category category = difference.category();
        Optional<Action> rule = policy.ruleFor(category, difference.path());
        if (rule.isPresent()) {
            return rule.get();
        }
        return switch (cause) {
            case CHANGE -> category.canApply() ? Action.APPLY : Action.REPORT;
            case DRIFT -> Action.REPORT;
            case HISTORY, ACCEPTED -> Action.IGNORE;
            case NO_HISTORY -> category.defaultAction();
        };
    }

    /** Applies, reports or ignores one difference; the operations are made only when applied. */
    void decide(Difference difference, Supplier<List<Operation>> operations) {
        switch (actionFor(difference)) {
            case APPLY -> operations.get().forEach(op -> apply(Change.of(op, difference)));
            case REPORT -> report(difference);
            case IGNORE -> { }
        }
    }

    void apply(Change change) {
        changes.add(new Change(change.operation(), change.differences().stream().map(this::attributed).toList()));
    }

    void report(Difference difference) {
        reported.add(attributed(difference));
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
