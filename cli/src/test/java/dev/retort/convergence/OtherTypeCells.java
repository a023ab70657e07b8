package dev.retort.convergence;

import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.addUnique;
import static dev.retort.convergence.Expect.alter;

import java.util.List;

/** Matrix cells of {@code UUID}, {@code byte[]}, JSON ({@code jsonb}) and arrays. */
final class OtherTypeCells {

    private OtherTypeCells() {
    }

    static List<ConvergenceCase> uuidsAndBytes() {
        return new FieldFamily("UUID and byte[]", "bin")
                .change("uuid_notnull", "UUID v;", "@Column(nullable = false) UUID v;", alter("nullability"))
                .change("uuid_default", "UUID v;", "@ColumnDefault(\"gen_random_uuid()\") UUID v;",
                        alter("default"))
                .change("uuid_unique", "UUID v;", "@Column(unique = true) UUID v;", addUnique("v"))
                .change("add_uuid", "", "UUID v;", addColumn("v"))
                .change("bytes_lob", "byte[] v;", "@Lob byte[] v;", alter("type"))
                .change("bytes_notnull", "byte[] v;", "@Column(nullable = false) byte[] v;", alter("nullability"))
                .change("add_bytes", "", "byte[] v;", addColumn("v"))
                .same("same_bytes_length", "byte[] v;", "@Column(length = 100000) byte[] v;")
                .cases();
    }

    static List<ConvergenceCase> jsonAndArrays() {
        return new FieldFamily("JSON and arrays", "doc")
                .change("json_notnull", "@JdbcTypeCode(SqlTypes.JSON) Map<String, Object> v;",
                        "@JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false) Map<String, Object> v;",
                        alter("nullability"))
                .change("json_default", "@JdbcTypeCode(SqlTypes.JSON) Map<String, Object> v;",
                        "@JdbcTypeCode(SqlTypes.JSON) @ColumnDefault(\"'{}'\") Map<String, Object> v;",
                        alter("default"))
                // Not List<String>: once one attribute maps @JdbcTypeCode(JSON) List<String>, Hibernate 7.4 maps
                // every later plain List<String> of the unit to jsonb too (its boot order decides).
                .change("json_comment", "@JdbcTypeCode(SqlTypes.JSON) Map<String, Object> v;",
                        "@JdbcTypeCode(SqlTypes.JSON) @Comment(\"tags\") Map<String, Object> v;", alter("comment"))
                .change("add_json", "", "@JdbcTypeCode(SqlTypes.JSON) Map<String, Object> v;", addColumn("v"))
                .change("int_long_array", "int[] v;", "long[] v;", alter("type"))
                .change("array_length", "String[] v;", "@Column(length = 50) String[] v;", alter("type"))
                .change("array_notnull", "Integer[] v;", "@Column(nullable = false) Integer[] v;",
                        alter("nullability"))
                .change("array_default", "int[] v;", "@ColumnDefault(\"'{}'\") int[] v;", alter("default"))
                .change("add_array", "", "@JdbcTypeCode(SqlTypes.ARRAY) String[] v;", addColumn("v"))
                .change("add_list_array", "", "@JdbcTypeCode(SqlTypes.ARRAY) List<Long> v;", addColumn("v"))
                .same("same_json_map_string", "@JdbcTypeCode(SqlTypes.JSON) Map<String, Object> v;",
                        "@JdbcTypeCode(SqlTypes.JSON) String v;")
                .same("same_array_annotated", "String[] v;", "@JdbcTypeCode(SqlTypes.ARRAY) String[] v;")
                .same("same_array_list", "String[] v;", "List<String> v;")
                .same("same_int_array_wrapper", "int[] v;", "Integer[] v;")
                .cases();
    }
}
