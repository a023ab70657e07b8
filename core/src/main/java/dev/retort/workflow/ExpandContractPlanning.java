package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
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
        Map<String, PendingContract.Pending> pending = PendingContract.byStep(
                PendingContract.among(graph.revisions()));
        return switch (phase) {
            case EVERYTHING -> everything(comparison, pending);
            case EXPAND -> expand(requireNoRename(comparison), pending);
            case CONTRACT -> contract(comparison, pending);
        };
    }

    /**
     * Everything at once; after it, the database is what the entities say, so whatever expand revisions left pending
     * is done or no longer needed: it completes them (else they would stay pending for ever).
     */
    private static ExpandContractPlanning everything(Comparison comparison, Map<String, PendingContract.Pending> pending) {
        MigrationPlan plan = MigrationPlan.of(comparison);
        List<String> completes = plan.isEmpty() ? List.of() : expands(pending);
        List<String> notes = completes.isEmpty() ? List.of() : List.of("it writes what the expand revision(s) "
                + String.join(", ", completes) + " left pending as well, and completes them");
        return new ExpandContractPlanning(plan, List.of(), completes, notes);
    }

    /**
     * A declared rename has no expand part: the old version names the old name, the new version the new one, and no
     * moment of a rolling deploy suits both. What does is a new column (expand), values copied, the old one dropped
     * (contract): the same entities without the rename hint.
     */
    private static Comparison requireNoRename(Comparison comparison) throws RevisionChoiceException {
        List<String> renames = comparison.changes().stream().map(Change::operation)
                .filter(op -> op instanceof RenameTable || op instanceof RenameColumn)
                .map(op -> op.subject().toString()).toList();
        if (!renames.isEmpty()) {
            throw new RevisionChoiceException("--expand cannot split the rename of " + String.join(", ", renames)
                    + ": the running version names the old name and the new version the new one; for a rolling"
                    + " deploy leave the rename out (--rename, revision.renames): the expand then adds the new column"
                    + " or table, the application copies the values over, and the contract drops the old one");
        }
        return comparison;
    }

    /** The expand part; a step an earlier expand already left pending is not recorded twice. */
    private static ExpandContractPlanning expand(Comparison comparison, Map<String, PendingContract.Pending> pending) {
        ExpandContract.Split split = ExpandContract.split(comparison.changes(), PostgresTypeWidening.INSTANCE);
        List<PendingStep> steps = split.contract().stream()
                .map(step -> new PendingStep(step.step(), step.what())).distinct().toList();
        List<PendingStep> fresh = steps.stream().filter(step -> !pending.containsKey(step.step())).toList();
        List<String> notes = new ArrayList<>();
        if (steps.isEmpty() && !comparison.changes().isEmpty()) {
            notes.add("the whole change is backward-compatible: nothing is left for a contract");
        }
        if (fresh.size() < steps.size()) {
            notes.add((steps.size() - fresh.size()) + " contract step(s) are pending already, from "
                    + String.join(", ", expands(pending)) + ": not recorded again");
        }
        return new ExpandContractPlanning(split.expand(), fresh, List.of(), notes);
    }

    private static List<String> expands(Map<String, PendingContract.Pending> pending) {
        return pending.values().stream().map(p -> p.expand().id()).distinct().toList();
    }

    private static ExpandContractPlanning contract(Comparison comparison,
                                                   Map<String, PendingContract.Pending> pending)
            throws RevisionChoiceException {
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
        return new ExpandContractPlanning(split.contract(pending::containsKey), List.of(), expands(pending), notes);
    }

    /** How a note names a change: what differs, else the object it is about. */
    private static String summary(Change change) {
        return change.differences().isEmpty() ? change.operation().subject().toString()
                : change.differences().get(0).describe();
    }
}
