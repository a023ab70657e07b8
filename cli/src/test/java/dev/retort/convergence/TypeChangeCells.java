package dev.retort.convergence;

import static dev.retort.convergence.Expect.alter;

import java.util.List;

/**
 * Matrix cells that change a field's Java type to an unrelated one. Each is one ALTER COLUMN ... TYPE; whether
 * PostgreSQL can convert the values is the question (on these empty tables only the cast's existence matters).
 */
final class TypeChangeCells {

    private static final String CAST = "existing values are converted with PostgreSQL's cast (USING v::<type>): "
            + "a value that does not convert makes the upgrade fail";

    private TypeChangeCells() {
    }

    static List<ConvergenceCase> cases() {
        return new FieldFamily("type changes", "cast")
                .change("string_long", "String v;", "Long v;", alter("type"))
                .caveat(CAST)
                .change("string_int", "String v;", "Integer v;", alter("type"))
                .caveat(CAST)
                .change("string_decimal", "String v;", "BigDecimal v;", alter("type"))
                .caveat(CAST)
                .change("string_boolean", "String v;", "Boolean v;", alter("type"))
                .caveat(CAST)
                .change("string_date", "String v;", "LocalDate v;", alter("type"))
                .caveat(CAST)
                .change("string_instant", "String v;", "Instant v;", alter("type"))
                .caveat(CAST)
                .change("string_uuid", "String v;", "UUID v;", alter("type"))
                .caveat(CAST)
                .change("string_bytes", "String v;", "byte[] v;", alter("type"))
                .caveat(CAST)
                .change("string_json", "String v;", "@JdbcTypeCode(SqlTypes.JSON) String v;", alter("type"))
                .caveat(CAST)
                .change("string_array", "String v;", "String[] v;", alter("type"))
                .caveat(CAST)
                .change("int_boolean", "Integer v;", "Boolean v;", alter("type"))
                .caveat(CAST)
                .change("double_long", "Double v;", "Long v;", alter("type"))
                .caveat(CAST)
                .change("long_instant", "Long v;", "Instant v;", alter("type"))
                .change("date_instant", "LocalDate v;", "Instant v;", alter("type"))
                .caveat(CAST)
                .change("uuid_bytes", "UUID v;", "byte[] v;", alter("type"))
                .change("int_notnull_string_default", "int v;", "@ColumnDefault(\"'n/a'\") String v;",
                        alter("type", "nullability", "default"))
                .caveat(CAST)
                .cases();
    }
}
