package dev.retort.workflow;

import dev.retort.compare.Difference;
import dev.retort.flyway.FlywayFileName;
import dev.retort.revisions.Revision;
import dev.retort.revisions.Rollout;
import java.util.ArrayList;
import java.util.List;

/** How {@code revision} tells what it did, in words: the CLI prints these lines, the Maven plugin logs them. */
public final class RevisionReport {

    private RevisionReport() {
    }

    /** The warnings: the comparison's, the renames it may have missed, then the hazards of the SQL written. */
    public static List<String> warnings(RevisionWorkflow.Outcome outcome) {
        List<String> warnings = new ArrayList<>();
        if (outcome.drift() != null) {
            warnings.addAll(outcome.drift().warnings());
            outcome.drift().suggestions().forEach(s -> warnings.add(s.line()));
        }
        if (outcome.written() != null) {
            warnings.addAll(outcome.hazards());
        }
        return warnings;
    }

    /**
     * What was reported only, then which files were written (each with its Flyway undo script, or the Liquibase master
     * changelog that includes it), or why none was.
     */
    public static List<String> lines(RevisionWorkflow.Outcome outcome, Project project) {
        List<String> lines = new ArrayList<>();
        if (outcome.drift() != null) {
            for (Difference reported : outcome.drift().comparison().reported()) {
                lines.add("reported, not turned into SQL: " + reported.describe());
            }
        }
        outcome.notes().forEach(lines::add);
        if (outcome.written() == null) {
            boolean reported = !outcome.drift().comparison().reported().isEmpty();
            lines.add(reported
                    ? "No changes to write: the differences above are reported only (drift, or what the database"
                            + " holds beyond the entities; kind in brackets, see retort.<kind>); no revision written."
                    : "No changes: the entities and the database agree; no revision written.");
            return lines;
        }
        for (Revision written : outcome.allWritten()) {
            int statements = written.upgrade().size();
            lines.add("Wrote " + written.file() + " (" + statements + " upgrade statement"
                    + (statements == 1 ? "" : "s") + ", " + (outcome.allWritten().size() == 1 ? outcome.destructive()
                    : written.upgrade().destructive()) + " destructive"
                    + (written.upgrade().isTransactional() ? "" : ", run outside a transaction: see its .conf")
                    + ")");
            if (project.runByFlyway()) {
                int undo = written.downgrade().size();
                lines.add("Wrote " + FlywayFileName.undoBeside(written.file()) + " (its undo script, " + undo
                        + " statement" + (undo == 1 ? "" : "s") + ": for flyway undo, or to apply by hand)");
            }
        }
        Rollout rollout = outcome.written().rollout();
        if (!rollout.pending().isEmpty()) {
            lines.add("Left for the contract (`retort revision --autogenerate --contract` once no instance runs the"
                    + " old version; `retort pending` lists them): " + rollout.pending().size() + " step(s)");
            rollout.pending().forEach(step -> lines.add("  " + step.line()));
        }
        if (!rollout.completes().isEmpty()) {
            lines.add("Completes the expand revision(s) " + String.join(", ", rollout.completes())
                    + ": once applied, nothing of them is pending");
        }
        if (project.runByLiquibase()) {
            lines.add("Included from " + project.liquibaseChangeLog().masterFile() + " (its --rollback lines are the"
                    + " downgrade): liquibase update, or the application's start, applies it");
        }
        return lines;
    }
}
