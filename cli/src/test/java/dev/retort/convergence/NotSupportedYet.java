package dev.retort.convergence;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The one place that lists the cases retort does not support yet, each with why. A listed case must still fail
 * (when it starts to converge the test fails until it is taken off the list); a case that fails and is not listed
 * fails the test. The report prints the list with the message a user sees. Listed cases run one by one, so that
 * a failing step does not hide how the others fare.
 */
final class NotSupportedYet {

    private static final String REPORTED = "retort cannot compare it, so every check and autogenerate reports it"
            + " ([unsupported]) instead of skipping it; state it as expected with retort.unsupported@<name>=ignore";

    private static final String REFUSED = "autogenerate says so when it writes the revision (PostgreSQL will"
            + " refuse this revision: make two revisions) and the upgrade fails, rolled back, naming the statement";

    static final Map<String, String> CASES = Map.ofEntries(
            entry("str_collate", "a column collation (COLLATE in columnDefinition) is not modelled: " + REPORTED),
            entry("str_collate_r", "a column collation (COLLATE in columnDefinition) is not modelled: " + REPORTED),
            entry("feat_generated_column", "a generated column (@GeneratedColumn) is not modelled: " + REPORTED),
            entry("feat_generated_column_r", "a generated column (@GeneratedColumn) is not modelled: " + REPORTED),
            entry("enum_native_add_value_default", "a native enum label added and made the default in one"
                    + " revision: PostgreSQL cannot use a label in the transaction that adds it. " + REFUSED),
            entry("enum_native_add_value_default_r", "a native enum label removed while the default moves off it:"
                    + " recreating the type sets the old default back, which names the removed label. " + REFUSED));

    private NotSupportedYet() {
    }

    static boolean lists(String caseId) {
        return CASES.containsKey(caseId);
    }

    static String reason(String caseId) {
        return CASES.get(caseId);
    }
}
