package dev.retort.workflow;

import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.schema.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code check} tells what it compared, in words: the lines the CLI prints on stdout and the Maven plugin logs,
 * so that both list the differences alike.
 */
public final class CheckReport {

    private CheckReport() {
    }

    /**
     * The comparison's verdict: "No differences..." or a count followed by one indented line per difference and one
     * per rename the differences may be ({@code possibly a rename: ...}); none when a problem with the revisions
     * stopped the check before the comparison.
     */
    public static List<String> lines(CheckWorkflow.Outcome outcome) {
        if (outcome.drift() == null) {
            return List.of();
        }
        Comparison comparison = outcome.drift().comparison();
        List<String> pending = pendingLines(outcome.drift());
        if (comparison.isEmpty()) {
            List<String> lines = new ArrayList<>(List.of(pending.isEmpty()
                    ? "No differences: the entities and the database agree."
                    : "No differences: the entities and the database agree, but for " + pending.size()
                            + " pending contract step(s) the applied expand revisions left for later:"));
            lines.addAll(pending);
            return lines;
        }
        List<String> lines = new ArrayList<>();
        int operations = comparison.differences().size() - comparison.reported().size();
        lines.add(comparison.differences().size() + " difference(s) between the entities and the database ("
                + operations + " would become SQL, " + comparison.reported().size() + " reported only):");
        Provenance provenance = outcome.drift().provenance();
        for (Difference difference : comparison.differences()) {
            lines.add("  " + line(difference, provenance.originOf(difference.path()).orElse(null)));
        }
        outcome.drift().suggestions().forEach(suggestion -> lines.add("  " + suggestion.line()));
        if (!pending.isEmpty()) {
            lines.add("and " + pending.size() + " pending contract step(s), not differences:");
            lines.addAll(pending);
        }
        return lines;
    }

    /**
     * One indented line per difference that is a pending contract step: {@code pending contract step (from <expand
     * rev>): <difference>}.
     */
    static List<String> pendingLines(Drift drift) {
        List<String> lines = new ArrayList<>();
        for (PendingContract.PendingChange pending : drift.pending()) {
            for (Difference difference : pending.change().differences()) {
                String line = "  pending contract step (from " + pending.expand() + "): " + difference.describe();
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** How a difference is told, text and SARIF alike: what differs, why, its kind, and its entity or field. */
    public static String line(Difference difference, String origin) {
        return difference.describe() + (origin == null ? "" : " [" + origin + "]");
    }
}
