package dev.retort.convergence;

import java.util.List;

/**
 * Short ways to write what a field case expects, in {@link OperationSummary}'s words, for the field {@code v} of
 * the case's table {@code $t}.
 */
final class Expect {

    private Expect() {
    }

    /** An ALTER COLUMN of {@code v} changing exactly these aspects (type, nullability, default, identity, comment). */
    static String alter(String... aspects) {
        return "alter column $t.v: " + String.join(", ", aspects);
    }

    static String alter(String column, List<String> aspects) {
        return "alter column $t." + column + ": " + String.join(", ", aspects);
    }

    static String addColumn(String column) {
        return "add column $t." + column;
    }

    static String dropColumn(String column) {
        return "drop column $t." + column;
    }

    static String addUnique(String... columns) {
        return "add unique $t(" + String.join(",", columns) + ")";
    }

    static String dropUnique(String... columns) {
        return "drop unique $t(" + String.join(",", columns) + ")";
    }

    static String addCheck(String... columns) {
        return "add check $t(" + String.join(",", columns) + ")";
    }

    static String dropCheck(String... columns) {
        return "drop check $t(" + String.join(",", columns) + ")";
    }

    static String tableComment() {
        return "comment table $t";
    }
}
