package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.plan.ExpandContract;
import dev.retort.revisions.Revision;
import dev.retort.templates.PendingStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract steps that expand revisions left and no contract revision completed yet, among a set of revisions:
 * the revision directory's (what {@code retort pending} lists and {@code --contract} writes) or the database's
 * applied ones (what {@code check} does not count as drift). Being read from the revisions themselves, a downgraded
 * expand revision stops counting on the database that no longer has it applied.
 */
public final class PendingContract {

    /** One step, and the expand revision that left it. */
    public record Pending(PendingStep step, Revision expand) {
    }

    /** A difference {@code check} set aside: what the comparison found, and the expand revision that left it pending. */
    public record PendingChange(Change change, String expand) {
    }

    private PendingContract() {
    }

    /** The steps of the expand revisions among {@code revisions} that none of them completes, oldest file first. */
    public static List<Pending> among(Collection<Revision> revisions) {
        Set<String> completed = new HashSet<>();
        revisions.forEach(revision -> completed.addAll(revision.rollout().completes()));
        List<Pending> pending = new ArrayList<>();
        revisions.stream().filter(revision -> !completed.contains(revision.id()))
                .sorted(Comparator.comparing(Revision::created).thenComparing(Revision::id))
                .forEach(revision -> revision.rollout().pending()
                        .forEach(step -> pending.add(new Pending(step, revision))));
        return pending;
    }

    /** Each pending step by its key; the first expand revision that left it wins. */
    static Map<String, Pending> byStep(List<Pending> pending) {
        Map<String, Pending> steps = new LinkedHashMap<>();
        pending.forEach(p -> steps.putIfAbsent(p.step().step(), p));
        return steps;
    }

    /**
     * The drift with the changes that are pending contract steps taken out of its comparison and listed apart: those
     * are what the applied expand revisions left for later, not differences.
     */
    static Drift setAside(Drift drift, List<Pending> pending) {
        if (pending.isEmpty() || drift.comparison().changes().isEmpty()) {
            return drift;
        }
        Map<String, Pending> steps = byStep(pending);
        List<Change> kept = new ArrayList<>();
        List<PendingChange> setAside = new ArrayList<>();
        for (ExpandContract.SplitChange split : ExpandContract.split(drift.comparison().changes(),
                PostgresTypeWidening.INSTANCE).changes()) {
            if (split.onlyContract(steps::containsKey)) {
                setAside.add(new PendingChange(split.original(),
                        steps.get(split.contract().get(0).step()).expand().id()));
            } else {
                kept.add(split.original());
            }
        }
        return drift.withPending(new Comparison(kept, drift.comparison().reported()), setAside);
    }
}
