package dev.retort.convergence;

import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.addUnique;
import static dev.retort.convergence.Expect.alter;

import java.util.List;

/** Matrix cells of the integer, floating point and decimal types: widths, precision/scale, every column aspect. */
final class NumberCells {

    private static final String NARROWING = "narrowing: the upgrade fails on rows whose value does not fit the "
            + "new type";

    private static final String DEFINITION_PRIMITIVE = "a columnDefinition drops the NOT NULL of a primitive "
            + "field, in Hibernate's own DDL too; say nullable = false to keep it";

    private NumberCells() {
    }

    static List<ConvergenceCase> integers() {
        return new FieldFamily("integer types", "int")
                .change("int_wrapper", "int v;", "Integer v;", alter("nullability"))
                .change("long_wrapper", "long v;", "Long v;", alter("nullability"))
                .change("short_int", "short v;", "int v;", alter("type"))
                .caveat(NARROWING)
                .change("int_long", "int v;", "long v;", alter("type"))
                .caveat(NARROWING)
                .change("byte_long", "Byte v;", "Long v;", alter("type"))
                .caveat(NARROWING)
                .change("long_biginteger", "Long v;", "BigInteger v;", alter("type"))
                .caveat(NARROWING)
                .change("biginteger_precision", "BigInteger v;", "@Column(precision = 20) BigInteger v;",
                        alter("type"))
                .caveat(NARROWING)
                .change("int_bigdecimal", "Integer v;", "BigDecimal v;", alter("type"))
                .caveat(NARROWING)
                .change("default", "int v;", "@ColumnDefault(\"0\") int v;", alter("default"))
                .change("default_change", "@ColumnDefault(\"0\") int v;", "@ColumnDefault(\"42\") int v;",
                        alter("default"))
                .change("default_negative", "Integer v;", "@ColumnDefault(\"-1\") Integer v;", alter("default"))
                .change("default_expression", "Long v;", "@ColumnDefault(\"(2 * 21)\") Long v;", alter("default"))
                .change("unique", "Integer v;", "@Column(unique = true) Integer v;", addUnique("v"))
                .change("comment", "long v;", "@Comment(\"a count\") long v;", alter("comment"))
                .change("add_primitive", "", "int v;", addColumn("v"))
                .change("add_wrapper_default", "", "@ColumnDefault(\"7\") Short v;", addColumn("v"))
                .same("same_byte_short", "byte v;", "short v;")
                .same("same_wrappers_byte_short", "Byte v;", "Short v;")
                .change("definition_primitive", "int v;", "@Column(columnDefinition = \"int4\") int v;",
                        alter("nullability"))
                .caveat(DEFINITION_PRIMITIVE)
                .same("same_primitive_notnull", "int v;", "@Column(nullable = false) Integer v;")
                .cases();
    }

    static List<ConvergenceCase> decimals() {
        return new FieldFamily("floating point and decimal types", "num")
                .change("float_double", "float v;", "double v;", alter("type"))
                .caveat(NARROWING)
                .change("float_wrapper", "float v;", "Float v;", alter("nullability"))
                .change("double_wrapper", "double v;", "Double v;", alter("nullability"))
                .change("double_bigdecimal", "Double v;", "BigDecimal v;", alter("type"))
                .caveat(NARROWING)
                .change("precision_scale", "BigDecimal v;", "@Column(precision = 10, scale = 2) BigDecimal v;",
                        alter("type"))
                .caveat(NARROWING)
                .change("scale", "@Column(precision = 10, scale = 2) BigDecimal v;",
                        "@Column(precision = 10, scale = 4) BigDecimal v;", alter("type"))
                .caveat(NARROWING)
                .change("precision", "@Column(precision = 10, scale = 2) BigDecimal v;",
                        "@Column(precision = 12, scale = 2) BigDecimal v;", alter("type"))
                .caveat(NARROWING)
                .change("precision_only", "@Column(precision = 10) BigDecimal v;",
                        "@Column(precision = 10, scale = 2) BigDecimal v;", alter("type"))
                .caveat(NARROWING)
                .change("unconstrained", "BigDecimal v;", "@Column(columnDefinition = \"numeric\") BigDecimal v;",
                        alter("type"))
                .caveat(NARROWING)
                .change("default", "Double v;", "@ColumnDefault(\"1.5\") Double v;", alter("default"))
                .change("decimal_default", "BigDecimal v;", "@ColumnDefault(\"0.00\") BigDecimal v;",
                        alter("default"))
                .change("notnull", "BigDecimal v;", "@Column(nullable = false) BigDecimal v;", alter("nullability"))
                .change("unique", "BigDecimal v;", "@Column(unique = true) BigDecimal v;", addUnique("v"))
                .change("add", "", "@Column(precision = 12, scale = 3) BigDecimal v;", addColumn("v"))
                .same("same_default_precision", "BigDecimal v;", "@Column(precision = 38, scale = 2) BigDecimal v;")
                .change("definition_primitive", "double v;", "@Column(columnDefinition = \"float8\") double v;",
                        alter("nullability"))
                .caveat(DEFINITION_PRIMITIVE)
                .same("same_real", "Float v;", "@Column(columnDefinition = \"real\") Float v;")
                .cases();
    }
}
