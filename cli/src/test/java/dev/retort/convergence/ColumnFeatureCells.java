package dev.retort.convergence;

import static dev.retort.convergence.Expect.addCheck;
import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.alter;
import static dev.retort.convergence.Expect.dropCheck;
import static dev.retort.convergence.Expect.dropColumn;
import static dev.retort.convergence.Expect.tableComment;

import java.util.List;

/**
 * Matrix cells of what is not a type: {@code @Version}, {@code @Check}, {@code @Comment} on tables,
 * {@code @Formula} and {@code @Transient} (no column at all), a renamed column, a generated column.
 */
final class ColumnFeatureCells {

    private ColumnFeatureCells() {
    }

    static List<ConvergenceCase> cases() {
        return new FieldFamily("column features", "feat")
                .change("version_add", "", "@Version int v;", addColumn("v"))
                .change("version_long", "@Version int v;", "@Version long v;", alter("type"))
                .change("version_instant", "", "@Version Instant v;", addColumn("v"))
                .entity("check_add", "", "int v;", "@Check(constraints = \"v > 0\")", "int v;", addCheck("v"))
                .entity("check_change", "@Check(constraints = \"v > 0\")", "int v;",
                        "@Check(constraints = \"v >= 0 and v < 100\")", "int v;", dropCheck("v"), addCheck("v"))
                .change("check_field", "int v;", "@Check(constraints = \"v <> 13\") int v;", addCheck("v"))
                .entity("check_named", "@Check(constraints = \"v > 0\")", "int v;",
                        "@Check(name = \"$t_positive\", constraints = \"v > 0\")", "int v;", "rename check $t(v)")
                .keepsTheNameWhenUnnamed()
                .entity("check_two_columns", "", "int v; int w;", "@Check(constraints = \"v < w\")", "int v; int w;",
                        addCheck("v", "w"))
                .entity("table_comment", "", "String v;", "@Comment(\"the table\")", "String v;", tableComment())
                .entity("table_comment_change", "@Comment(\"one\")", "String v;", "@Comment(\"it's two\")",
                        "String v;", tableComment())
                .change("formula_add", "", "@Formula(\"id * 2\") Long v;")
                .change("formula_column", "Long v;", "@Formula(\"id * 2\") Long v;", dropColumn("v"))
                .change("transient_add", "", "@Transient String v;")
                .change("transient_keyword", "", "transient String v;")
                .change("transient_column", "String v;", "@Transient String v;", dropColumn("v"))
                .change("rename", "String v;", "@Column(name = \"w\") String v;", dropColumn("v"), addColumn("w"))
                .caveat("a rename is a drop and an add: the values of the column are lost; edit the revision to "
                        + "ALTER TABLE ... RENAME COLUMN")
                .change("insertable", "String v;", "@Column(insertable = false, updatable = false) String v;")
                .change("generated_column", "Long v;", "@GeneratedColumn(\"id * 2\") Long v;", alter("generated"))
                .cases();
    }
}
