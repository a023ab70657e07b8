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
     * The comparison's verdict: "No differences..." or a count followed by one indented line per difference; none
     * when a problem with the revisions stopped the check before the comparison.
     */
    public static List<String> lines(CheckWorkflow.Outcome outcome) {
        if (outcome.drift() == null) {
            return List.of();
        }
        Comparison comparison = outcome.drift().comparison();
        if (comparison.isEmpty()) {
            return List.of("No differences: the entities and the database agree.");
        }
        List<String> lines = new ArrayList<>();
        int operations = comparison.differences().size() - comparison.reported().size();
        lines.add(comparison.differences().size() + " difference(s) between the entities and the database ("
                + operations + " would become SQL, " + comparison.reported().size() + " reported only):");
        Provenance provenance = outcome.drift().provenance();
        for (Difference difference : comparison.differences()) {
            lines.add("  " + line(difference, provenance.originOf(difference.path()).orElse(null)));
        }
        return lines;
    }

    /** How a difference is told, text and SARIF alike: what differs, why, its kind, and its entity or field. */
    public static String line(Difference difference, String origin) {
        return difference.describe() + (origin == null ? "" : " [" + origin + "]");
    }
}
