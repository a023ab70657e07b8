package dev.retort.convergence;

import static java.util.Map.entry;

import java.util.List;
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

    /**
     * For each case, the exact line the user reads about it (the CLI's error line, or what check keeps reporting),
     * as {@link UserMessage} and the check finding word it, with temporary paths and revision ids taken out.
     */
    static final Map<String, String> USER_SEES = Map.ofEntries(
            entry("str_collate", collation("m_str_collate")),
            entry("str_collate_r", collation("m_str_collate_r")),
            entry("feat_generated_column", generated("m_feat_generated_column")),
            entry("feat_generated_column_r", generated("m_feat_generated_column_r")),
            entry("enum_native_add_value_default", "retort upgrade: versions/<revision>_b.sql:20: ERROR: unsafe use"
                    + " of new value \"BLUE\" of enum type m_enum_native_add_value_default_color HINT: New enum"
                    + " values must be committed before they can be used. (revision <id> rolled back; the database"
                    + " stays at <id>)"),
            entry("enum_native_add_value_default_r", "retort upgrade: versions/<revision>_b.sql:51: ERROR: invalid"
                    + " input value for enum m_enum_native_add_value_default_r_color: \"BLUE\" (revision <id> rolled"
                    + " back; the database stays at <id>)"));

    /**
     * The marks of the internal-error paths, a crash reported as a bug rather than a limitation retort knows: the
     * CLI's for any exception not retort's own, and the scanner's for a crash while reading Hibernate's mapping.
     */
    private static final List<String> BUG_REPORTS = List.of(
            "(this is a bug: run again with --verbose and report the stack trace)",
            "this is a retort bug, please report it with the --verbose output");

    private NotSupportedYet() {
    }

    private static String collation(String table) {
        return "retort check: column public." + table + ".v: the entities ask for a columnDefinition with 'collate"
                + " \"C\"' (map it with annotations: @Check, unique, @ForeignKey...), which retort cannot compare"
                + " [unsupported]";
    }

    private static String generated(String table) {
        return "retort check: column public." + table + ".v: the entities ask for a generated column (generated"
                + " always as (id * 2)); it is compared as a plain column, which retort cannot compare [unsupported]";
    }

    /**
     * That a listed case still fails and tells the user exactly its listed line, which is not a crash reported as a
     * bug; otherwise an {@link AssertionError} explaining the case.
     */
    static void assertTellsTheUser(CaseOutcome outcome) {
        String id = outcome.convergenceCase().id();
        String expected = USER_SEES.get(id);
        String seen = outcome.userMessage();
        if (outcome.converges()) {
            throw new AssertionError("case " + id + " converges now: take it off NotSupportedYet\n"
                    + outcome.explain());
        }
        if (seen == null) {
            throw new AssertionError("case " + id + " is not supported and nothing tells the user (no error, no"
                    + " warning, no check finding): a silent skip\n" + outcome.explain());
        }
        if (BUG_REPORTS.stream().anyMatch(seen::contains) || seen.contains(": unexpected ")) {
            throw new AssertionError("case " + id + " is not supported and retort crashes on it, reported as a"
                    + " bug: " + seen + "\n" + outcome.explain());
        }
        if (!seen.equals(expected)) {
            throw new AssertionError("case " + id + " tells the user another line than NotSupportedYet lists:\n"
                    + "  listed: " + expected + "\n  seen:   " + seen + "\n" + outcome.explain());
        }
    }

    static boolean lists(String caseId) {
        return CASES.containsKey(caseId);
    }

    static String reason(String caseId) {
        return CASES.get(caseId);
    }
}
