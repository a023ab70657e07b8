package dev.retort.convergence;

import static dev.retort.convergence.Expect.addCheck;
import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.addUnique;
import static dev.retort.convergence.Expect.alter;

import java.util.List;

/** Matrix cells of {@code String} and {@code char}: length, text, {@code @Lob}, and every column aspect. */
final class StringCells {

    private static final String NARROWING = "narrowing: the upgrade fails on rows whose value is longer than the new "
            + "length (PostgreSQL does not truncate)";

    private static final String LOB = "@Lob String is an oid (a large object's number) on PostgreSQL: the type "
            + "change casts values (USING v::oid, v::text), it does not move text into or out of large objects, "
            + "so it only suits an empty column";

    private StringCells() {
    }

    static List<ConvergenceCase> cases() {
        return new FieldFamily("String", "str")
                .change("len100", "String v;", "@Column(length = 100) String v;", alter("type"))
                .caveat(NARROWING)
                .change("len10_100", "@Column(length = 10) String v;", "@Column(length = 100) String v;",
                        alter("type"))
                .caveat(NARROWING)
                .change("len_huge", "String v;", "@Column(length = 100000) String v;", alter("type"))
                .caveat(NARROWING)
                .change("text", "String v;", "@Column(columnDefinition = \"text\") String v;", alter("type"))
                .caveat(NARROWING)
                .change("text_len100", "@Column(columnDefinition = \"text\") String v;",
                        "@Column(length = 100) String v;", alter("type"))
                .caveat(NARROWING)
                .change("lob", "String v;", "@Lob String v;", alter("type"))
                .caveat(LOB)
                .change("lob_text", "@Lob String v;", "@Column(columnDefinition = \"text\") String v;",
                        alter("type"))
                .caveat(LOB)
                .change("notnull", "String v;", "@Column(nullable = false) String v;", alter("nullability"))
                .change("len_notnull", "String v;", "@Column(length = 100, nullable = false) String v;",
                        alter("type", "nullability"))
                .caveat(NARROWING)
                .change("unique", "String v;", "@Column(unique = true) String v;", addUnique("v"))
                .change("len_unique", "String v;", "@Column(length = 100, unique = true) String v;",
                        alter("type"), addUnique("v"))
                .caveat(NARROWING)
                .change("default", "String v;", "@ColumnDefault(\"'x'\") String v;", alter("default"))
                .change("default_change", "@ColumnDefault(\"'x'\") String v;", "@ColumnDefault(\"'it''s'\") String v;",
                        alter("default"))
                .change("default_notnull", "String v;",
                        "@ColumnDefault(\"'x'\") @Column(nullable = false) String v;", alter("nullability", "default"))
                .change("comment", "String v;", "@Comment(\"the v\") String v;", alter("comment"))
                .change("comment_change", "@Comment(\"one\") String v;", "@Comment(\"it's \\\"two\\\"\") String v;",
                        alter("comment"))
                .change("add", "", "String v;", addColumn("v"))
                .change("add_notnull", "", "@Column(nullable = false) String v;", addColumn("v"))
                .change("add_default", "", "@ColumnDefault(\"'x'\") @Column(nullable = false) String v;",
                        addColumn("v"))
                .change("add_unique", "", "@Column(unique = true) String v;", addColumn("v"), addUnique("v"))
                .change("add_commented", "", "@Comment(\"the v\") @Column(length = 20) String v;", addColumn("v"))
                .change("collate", "String v;",
                        "@Column(columnDefinition = \"varchar(255) collate \\\"C\\\"\") String v;", alter("collation"))
                .same("same_len255", "String v;", "@Column(length = 255) String v;")
                .same("same_definition", "@Column(columnDefinition = \"varchar(20) default 'new' not null\") String v;",
                        "@Column(length = 20, nullable = false) @ColumnDefault(\"'new'\") String v;")
                .same("same_varchar_definition", "@Column(length = 100) String v;",
                        "@Column(columnDefinition = \"varchar(100)\") String v;")
                .same("same_nationalized", "String v;", "@Nationalized String v;")
                .same("same_optional", "@Basic(optional = false) String v;", "@Column(nullable = false) String v;")
                .same("same_char_array", "char[] v;", "String v;")
                .change("char_wrapper", "char v;", "Character v;", alter("nullability"))
                .change("char_string", "Character v;", "@Column(length = 1) String v;", alter("type"))
                .change("char_check", "Character v;", "@Check(constraints = \"v <> ' '\") Character v;",
                        addCheck("v"))
                .cases();
    }
}
