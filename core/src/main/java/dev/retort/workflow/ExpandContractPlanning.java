package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.plan.ExpandContract;
import dev.retort.plan.MigrationPlan;
import dev.retort.revisions.RevisionGraph;
import dev.retort.templates.PendingStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code revision --autogenerate} writes for each {@link RevisionPhase}: the plan, and the expand/contract lines
 * of the revision's header.
 *
 * <p>A contract writes the pending steps only, as the comparison finds them now: what else the entities changed since
 * the expand is left for a normal revision (and said in one line), because a contract runs once the old version is
 * gone, usually a deploy later, and a reviewer should find in it exactly what the expand announced.
 *
 * @param plan      the operations to write
 * @param pending   for an expand, the steps it leaves for its contract
 * @param completes for a contract, the expand revisions it completes
 * @param notes     what the user should hear: steps no longer needed, changes left for a normal revision
 */
record ExpandContractPlanning(MigrationPlan plan, List<PendingStep> pending, List<String> completes,
                              List<String> notes) {

    /** Nothing to write: no statement, and nothing to record as pending or completed. */
    boolean isEmpty() {
        return plan.isEmpty() && pending.isEmpty() && completes.isEmpty();
    }

    static ExpandContractPlanning of(RevisionPhase phase, Comparison comparison, RevisionGraph graph)
            throws RevisionChoiceException {
        return switch (phase) {
            case EVERYTHING -> new ExpandContractPlanning(MigrationPlan.of(comparison), List.of(), List.of(),
                    List.of());
            case EXPAND -> expand(comparison);
            case CONTRACT -> contract(comparison, graph);
        };
    }

    private static ExpandContractPlanning expand(Comparison comparison) {
        ExpandContract.Split split = ExpandContract.split(comparison.changes(), PostgresTypeWidening.INSTANCE);
        List<PendingStep> pending = split.contract().stream()
                .map(step -> new PendingStep(step.step(), step.what())).distinct().toList();
        List<String> notes = pending.isEmpty() && !comparison.changes().isEmpty()
                ? List.of("the whole change is backward-compatible: nothing is left for a contract")
                : List.of();
        return new ExpandContractPlanning(split.expand(), pending, List.of(), notes);
    }

    private static ExpandContractPlanning contract(Comparison comparison, RevisionGraph graph)
            throws RevisionChoiceException {
        Map<String, PendingContract.Pending> pending = PendingContract.byStep(
                PendingContract.among(graph.revisions()));
        if (pending.isEmpty()) {
            throw new RevisionChoiceException("nothing is pending: no expand revision up to the head leaves contract"
                    + " steps that no contract completed ('retort pending' lists them); no revision written");
        }
        ExpandContract.Split split = ExpandContract.split(comparison.changes(), PostgresTypeWidening.INSTANCE);
        Set<String> found = new LinkedHashSet<>();
        List<String> unrelated = new ArrayList<>();
        for (ExpandContract.SplitChange change : split.changes()) {
            change.expand().forEach(c -> unrelated.add(summary(c)));
            for (ExpandContract.ContractStep step : change.contract()) {
                if (pending.containsKey(step.step())) {
                    found.add(step.step());
                } else {
                    unrelated.add(step.step());
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!unrelated.isEmpty()) {
            notes.add(unrelated.size() + " other change(s) of the entities are not pending contract steps, left for a"
                    + " normal `revision --autogenerate`: " + String.join("; ", unrelated));
        }
        List<String> gone = pending.keySet().stream().filter(step -> !found.contains(step)).toList();
        if (!gone.isEmpty()) {
            notes.add("no longer needed (the database already matches the entities there), completed all the same: "
                    + String.join("; ", gone));
        }
        List<String> completes = pending.values().stream().map(p -> p.expand().id()).distinct().toList();
        return new ExpandContractPlanning(split.contract(pending::containsKey), List.of(), completes, notes);
    }

    /** How a note names a change: what differs, else the object it is about. */
    private static String summary(Change change) {
        return change.differences().isEmpty() ? change.operation().subject().toString()
                : change.differences().get(0).describe();
    }
}
