package dev.retort.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort pending}: the contract steps that the revision directory's expand revisions leave and no contract
 * revision completes yet, each with the expand revision it came from. Reads files only; no database.
 */
public final class PendingWorkflow {

    private final Project project;

    public PendingWorkflow(Project project) {
        this.project = project;
    }

    public List<PendingContract.Pending> pending() {
        return PendingContract.among(project.graph().revisions());
    }

    /** The lines {@code pending} prints and the Maven plugin logs. */
    public static List<String> lines(List<PendingContract.Pending> pending) {
        if (pending.isEmpty()) {
            return List.of("Nothing pending: no expand revision waits for its contract.");
        }
        List<String> lines = new ArrayList<>();
        lines.add(pending.size() + " pending contract step(s); `retort revision --autogenerate --contract -m MSG`"
                + " writes them once no instance runs the old version:");
        for (PendingContract.Pending step : pending) {
            lines.add("  " + step.step().line() + " (from " + step.expand().id() + " " + step.expand().message() + ")");
        }
        return lines;
    }
}
