package dev.retort.convergence;

import static dev.retort.convergence.Expect.addCheck;
import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.alter;
import static dev.retort.convergence.Expect.dropCheck;

import java.util.List;

/**
 * Matrix cells of enums: {@code STRING} and {@code ORDINAL} with the check constraints Hibernate derives from the
 * constants, and a native PostgreSQL enum type ({@code @JdbcType(PostgreSQLEnumJdbcType.class)}), whose type is
 * named after the enum class ({@code $P_Color}, so {@code $t_color} in the catalog).
 */
final class EnumCells {

    private static final String TWO = "enum Color { RED, GREEN }\n    ";
    private static final String THREE = "enum Color { RED, GREEN, BLUE }\n    ";
    private static final String NATIVE_TWO = "enum $P_Color { RED, GREEN }\n    ";
    private static final String NATIVE_THREE = "enum $P_Color { RED, GREEN, BLUE }\n    ";
    private static final String STRING = "@Enumerated(EnumType.STRING) Color v;";
    private static final String ORDINAL = "@Enumerated(EnumType.ORDINAL) Color v;";
    private static final String NATIVE = "@JdbcType(PostgreSQLEnumJdbcType.class) $P_Color v;";
    private static final String CONSTANTS = "a constant removed or renamed makes the upgrade fail on rows that hold "
            + "it (the new check rejects them)";

    private EnumCells() {
    }

    static List<ConvergenceCase> cases() {
        return new FieldFamily("enum", "enum")
                .change("string_add_constant", TWO + STRING, THREE + STRING, dropCheck("v"), addCheck("v"))
                .caveat(CONSTANTS)
                .change("ordinal_add_constant", TWO + ORDINAL, THREE + ORDINAL, dropCheck("v"), addCheck("v"))
                .caveat(CONSTANTS)
                .change("string_rename_constant", TWO + STRING, "enum Color { RED, VERDE }\n    " + STRING,
                        dropCheck("v"), addCheck("v"))
                .caveat(CONSTANTS)
                .change("ordinal_string", TWO + ORDINAL, TWO + STRING, alter("type"), dropCheck("v"), addCheck("v"))
                .caveat("values are cast, not mapped: ordinal 0 becomes '0' (and 'RED' no number), which the new "
                        + "check rejects; with rows, write the UPDATE from ordinals to names by hand")
                .change("string_length", TWO + STRING, TWO + "@Column(length = 20) " + STRING, alter("type"))
                .change("string_notnull", TWO + STRING, TWO + "@Column(nullable = false) " + STRING,
                        alter("nullability"))
                .change("string_default", TWO + STRING, TWO + "@ColumnDefault(\"'RED'\") " + STRING,
                        alter("default"))
                .change("add_string", "", TWO + STRING, addColumn("v"), addCheck("v"))
                .change("add_ordinal", "", TWO + ORDINAL, addColumn("v"), addCheck("v"))
                .same("same_ordinal_default", TWO + "Color v;", TWO + ORDINAL)
                .change("native_add", "", NATIVE_TWO + NATIVE, "create type $t_color", addColumn("v"))
                .change("native_add_value", NATIVE_TWO + NATIVE, NATIVE_THREE + NATIVE,
                        "alter type $t_color: labels")
                .change("native_add_value_default", NATIVE_TWO + "@ColumnDefault(\"'RED'\") " + NATIVE,
                        NATIVE_THREE + "@ColumnDefault(\"'BLUE'\") " + NATIVE, "alter type $t_color: labels",
                        alter("default"))
                .change("native_notnull", NATIVE_TWO + NATIVE, NATIVE_TWO + "@Column(nullable = false) " + NATIVE,
                        alter("nullability"))
                .change("string_native", TWO + STRING, NATIVE_TWO + NATIVE, "create type $t_color", alter("type"),
                        dropCheck("v"))
                .cases();
    }
}
