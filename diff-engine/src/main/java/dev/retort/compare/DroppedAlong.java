package dev.retort.compare;

import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Says what the database drops along with the columns and tables a comparison drops, so that the downgrade (the
 * reversed inverses) creates it again. With a column go every index that uses it (as a key, in an expression, in
 * its predicate) and every constraint on it (a key it is part of, a check that reads it, a foreign key from it);
 * and a column or table cannot go while a foreign key, of any table, references it. Each of these becomes its own
 * drop, which the ordering puts before the column's or table's, with a difference naming what it goes with. It
 * does not depend on what the policy says about the index or constraint itself (a database-only index is only
 * reported, yet goes with its column; the report is taken back, as the revision drops it), and what the
 * comparison already drops for a reason of its own is not dropped twice. A dropped table carries its own
 * indexes, constraints and comments ({@link DropTable}). Tables the policy ignores are not looked at: a foreign key
 * of one of them that references a dropped column or table makes PostgreSQL refuse the drop, naming the key.
 */
final class DroppedAlong {

    private final SchemaModel current;
    private final Outcome outcome;
    private final Set<ObjectPath> dropped = new HashSet<>();

    private DroppedAlong(SchemaModel current, Outcome outcome) {
        this.current = current;
        this.outcome = outcome;
    }

    /** Adds to the outcome the drops that the column and table drops among its changes imply. */
    static void add(SchemaModel current, Outcome outcome) {
        new DroppedAlong(current, outcome).run();
    }

    private void run() {
        List<Change> changes = outcome.changes();
        for (Change change : changes) {
            Operation operation = change.operation();
            if (operation instanceof DropIndex || operation instanceof DropConstraint) {
                dropped.add(operation.subject());
            }
        }
        for (Change change : changes) {
            if (change.operation() instanceof DropColumn drop) {
                current.table(drop.table()).ifPresent(table -> alongColumn(table, drop, cause(change)));
            } else if (change.operation() instanceof DropTable drop) {
                referencing(drop.table().name(), null, cause(change));
            }
        }
    }

    private void alongColumn(Table table, DropColumn drop, Category cause) {
        String column = drop.column().name();
        String reason = "dropped with column " + drop.subject() + " (PostgreSQL drops it with the column)";
        for (Index index : table.indexes()) {
            if (index.columnsUsed().contains(column)) {
                drop(new DropIndex(table.name(), index), index.signature(), reason, cause);
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.columns().contains(column)) {
                drop(new DropConstraint(table.name(), constraint), constraint.signature(), reason, cause);
            }
        }
        referencing(table.name(), column, cause);
    }

    /** The foreign keys that reference the table, or only those referencing its column when one is named. */
    private void referencing(QualifiedName referenced, String column, Category cause) {
        String what = column == null ? "table " + ObjectPath.table(referenced)
                : "column " + ObjectPath.column(referenced, column);
        String reason = "dropped with " + what + ", which it references (PostgreSQL refuses to drop the "
                + (column == null ? "table" : "column") + " while it exists)";
        for (Table table : current.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                boolean references = fk.referencedTable().equals(referenced)
                        && (column == null || fk.referencedColumns().contains(column));
                if (references) {
                    drop(new DropConstraint(table.name(), fk), fk.signature(), reason, cause);
                }
            }
        }
    }

    private void drop(Operation operation, String signature, String reason, Category cause) {
        if (dropped.add(operation.subject())) {
            outcome.withdrawPresenceReports(operation.subject());
            outcome.apply(Change.of(operation, new Difference(operation.subject(), Aspect.DEPENDENCY, signature, null,
                    reason, cause)));
        }
    }

    /**
     * The kind of the column's or table's own difference, so that the drops it brings read as its consequence (every
     * change the comparison makes resolves at least one difference).
     */
    private static Category cause(Change change) {
        return change.differences().get(0).category();
    }
}
