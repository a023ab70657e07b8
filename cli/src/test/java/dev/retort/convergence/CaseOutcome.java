package dev.retort.convergence;

import java.util.ArrayList;
import java.util.List;

/**
 * How one case fared in its run.
 *
 * @param operations  the summaries of the operations autogenerate made for the case, in plan order
 * @param upgradeSql  their statements, as the revision file holds them
 * @param failures    every way the property failed for the case; empty when it converges
 * @param userMessage the one line a user reads about the failure (an error, or what check keeps finding);
 *                    {@code null} when the case converges or fails silently (wrong operations, no message)
 * @param catalogA    the case's lines of the catalog retort made for model A (empty when the run failed)
 * @param catalogB    the case's lines of the catalog after the upgrade to model B
 * @param notes       what the report says about the case besides its status (warnings retort printed, how the
 *                    catalogs were held against Hibernate's DDL)
 */
record CaseOutcome(ConvergenceCase convergenceCase, List<String> operations, List<String> upgradeSql,
                   List<String> failures, String userMessage, List<String> catalogA, List<String> catalogB,
                   List<String> notes) {

    CaseOutcome {
        operations = List.copyOf(operations);
        upgradeSql = List.copyOf(upgradeSql);
        failures = List.copyOf(failures);
        catalogA = List.copyOf(catalogA);
        catalogB = List.copyOf(catalogB);
        notes = List.copyOf(notes);
    }

    /** The same outcome with one more failure. */
    CaseOutcome withFailure(String failure) {
        List<String> more = new ArrayList<>(failures);
        more.add(failure);
        return new CaseOutcome(convergenceCase, operations, upgradeSql, more, userMessage, catalogA, catalogB,
                notes);
    }

    /** The same outcome with B's catalog lines rewritten (to be held against Hibernate's up to a known difference). */
    CaseOutcome withCatalogB(List<String> lines) {
        return new CaseOutcome(convergenceCase, operations, upgradeSql, failures, userMessage, catalogA, lines, notes);
    }

    /** The same outcome with one more note. */
    CaseOutcome withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new CaseOutcome(convergenceCase, operations, upgradeSql, failures, userMessage, catalogA, catalogB,
                more);
    }

    boolean converges() {
        return failures.isEmpty();
    }

    /** Everything a reader needs to reproduce a failure: the two states, the statements, what went wrong. */
    String explain() {
        ConvergenceCase c = convergenceCase;
        StringBuilder text = new StringBuilder("case ").append(c.id()).append(" (").append(c.family()).append(")\n")
                .append("  model A: ").append(c.from()).append('\n')
                .append("  model B: ").append(c.to()).append('\n')
                .append("  expected operations: ").append(c.resolvedExpected()).append('\n')
                .append("  operations: ").append(operations).append('\n');
        upgradeSql.forEach(sql -> text.append("    ").append(sql.replace("\n", "\n    ")).append(";\n"));
        notes.forEach(n -> text.append("  note: ").append(n).append('\n'));
        failures.forEach(f -> text.append("  FAILED: ").append(f).append('\n'));
        return text.toString();
    }
}
