package dev.retort.plan;

import dev.retort.compare.TypeWidening;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropView;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.RenameSequence;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one place that decides, per kind of operation, whether the version of the application that ran before the
 * change can live with it (expand) or only the new version can (contract). The rule of thumb: the old version reads
 * and writes the columns and tables it knows, names nothing new, and relies on what was there; so adding is expand,
 * relaxing is expand, and taking away, tightening, or changing a meaning is contract. Why, kind by kind:
 * <ul>
 *   <li>new schema, table, sequence, enum type, view, non-unique index, comment: nothing the old version does
 *       touches them (expand);</li>
 *   <li>new column: nullable, with a default, or an identity: the old version's INSERTs, which do not name it, still
 *       succeed (expand). NOT NULL without a default would make them fail: the column is added nullable (expand)
 *       and made NOT NULL later ({@code set-not-null}, contract; the rows the old version wrote meanwhile must be
 *       filled first);</li>
 *   <li>a dropped column or table: the old version still reads and writes it ({@code drop-column},
 *       {@code drop-table}, contract). A dropped column that is NOT NULL without a default loses its NOT NULL in the
 *       expand part, so that the new version's INSERTs, which no longer name it, succeed;</li>
 *   <li>a column's type: a widening (the new type holds every old value) is expand: the old version's values still
 *       fit; any other type change ({@code change-type}) is contract;</li>
 *   <li>NULL allowed (DROP NOT NULL), a default added or changed, identity added BY DEFAULT, a comment: relaxations
 *       the old version never notices (expand). SET NOT NULL ({@code set-not-null}), a dropped default
 *       ({@code drop-default}: the old version's INSERTs may rely on it) and any other identity change
 *       ({@code change-identity}) are contract;</li>
 *   <li>a new check, unique, foreign or primary key, or unique index, on an existing table's existing columns: it
 *       may reject what the old version writes ({@code add-constraint}, {@code add-unique-index}, contract). On a
 *       new table, or only on columns this change adds without a default (the old version writes NULL there, which
 *       only a primary key rejects), it is expand;</li>
 *   <li>a dropped check or foreign key only lets more rows in (expand); a dropped unique or primary key may be
 *       relied on (lookups, {@code ON CONFLICT}, foreign keys to it: {@code drop-constraint}, contract); a dropped
 *       index may be what keeps the old version's queries fast ({@code drop-index}, contract);</li>
 *   <li>renamed constraints and indexes: names the application does not use (expand); a renamed table, column or
 *       sequence is one the old version names by its old name ({@code rename-table}, {@code rename-column},
 *       {@code rename-sequence}, contract: a rename that keeps both versions working is a new column, a backfill and
 *       a drop, which expand/contract of the entities' two states writes);</li>
 *   <li>a sequence's options ({@code alter-sequence}, contract): the old version allocates ids for the increment it
 *       was built with; no order suits both versions, so it waits until one runs;</li>
 *   <li>an enum type gaining labels is expand; losing or reordering them ({@code alter-enum-type}) is contract;
 *       dropped sequences, enum types, schemas and views are contract ({@code drop-sequence}, ...).</li>
 * </ul>
 * A new operation breaks this visitor at compile time, so that it is classified, not defaulted.
 */
final class ExpandContractRules implements OperationVisitor<ExpandContractRules.Parts> {

    /** One contract step: its key, its sentence, its operation. */
    record Step(String step, String what, Operation operation) {
    }

    /** What one operation becomes: operations for the expand part, steps for the contract. */
    record Parts(List<Operation> expand, List<Step> contract) {
        Parts {
            expand = List.copyOf(expand);
            contract = List.copyOf(contract);
        }

        static Parts expand(Operation operation) {
            return new Parts(List.of(operation), List.of());
        }

        static Parts contract(String kind, String what, Operation operation) {
            return new Parts(List.of(), List.of(new Step(kind + " " + operation.subject(), what, operation)));
        }
    }

    private final TypeWidening widening;
    private final Set<QualifiedName> newTables;
    private final Set<ObjectPath> newColumns;
    /** Columns of primary keys the contract drops: they stay NOT NULL until then. */
    private final Set<ObjectPath> keyColumns;

    ExpandContractRules(TypeWidening widening, Set<QualifiedName> newTables, Set<ObjectPath> newColumns,
                        Set<ObjectPath> keyColumns) {
        this.widening = widening;
        this.newTables = newTables;
        this.newColumns = newColumns;
        this.keyColumns = keyColumns;
    }

    @Override
    public Parts visit(CreateSchema op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(DropSchema op) {
        return Parts.contract("drop-schema", "drop schema " + op.subject() + " (the old version's objects may be"
                + " there)", op);
    }

    @Override
    public Parts visit(CreateTable op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(DropTable op) {
        return Parts.contract("drop-table", "drop table " + op.subject() + " (the old version still reads and writes"
                + " it)", op);
    }

    @Override
    public Parts visit(AddColumn op) {
        Operation nullable = new AddColumn(op.table(), ExpandContract.relaxed(op.column()));
        if (nullable.equals(op)) {
            return Parts.expand(op);
        }
        return new Parts(List.of(nullable), List.of(new Step("set-not-null " + op.subject(), "set NOT NULL on "
                + op.subject() + " (the old version's INSERTs do not name it: fill the rows it wrote before this runs)",
                new AlterColumn(op.table(), ExpandContract.relaxed(op.column()), op.column()))));
    }

    @Override
    public Parts visit(DropColumn op) {
        DropColumn relaxedDrop = keyColumns.contains(op.subject()) ? op
                : new DropColumn(op.table(), ExpandContract.relaxed(op.column()));
        Parts contract = Parts.contract("drop-column", "drop column " + op.subject() + " (the old version still"
                + " reads and writes it)", relaxedDrop);
        if (relaxedDrop.equals(op)) {
            return contract;
        }
        // NULL allowed meanwhile: the new version's INSERTs no longer name the column.
        return new Parts(List.of(new AlterColumn(op.table(), op.column(), relaxedDrop.column())), contract.contract());
    }

    /**
     * The aspects the old version can live with in one expand operation, then each other aspect in an operation of
     * its own, each a step of its own, applied one after the other from where the expand leaves the column.
     */
    @Override
    public Parts visit(AlterColumn op) {
        Column expanded = op.from();
        List<ColumnAspect> later = new ArrayList<>();
        for (ColumnAspect aspect : op.aspects()) {
            if (compatible(op, aspect)) {
                expanded = aspect.copy(expanded, op.to());
            } else {
                later.add(aspect);
            }
        }
        List<Operation> expand = expanded.equals(op.from()) ? List.of()
                : List.of(new AlterColumn(op.table(), op.from(), expanded));
        List<Step> contract = new ArrayList<>();
        Column state = expanded;
        for (ColumnAspect aspect : later) {
            Column next = aspect.copy(state, op.to());
            contract.add(columnStep(aspect, new AlterColumn(op.table(), state, next)));
            state = next;
        }
        return new Parts(expand, contract);
    }

    private boolean compatible(AlterColumn op, ColumnAspect aspect) {
        return switch (aspect) {
            case TYPE -> widening.widens(op.to().type(), op.from().type());
            case NULLABILITY -> op.to().nullable();
            case DEFAULT -> op.to().defaultExpression() != null;
            case IDENTITY -> op.from().identity() == Identity.NONE && op.to().identity() == Identity.BY_DEFAULT;
            case COMMENT -> true;
        };
    }

    private static Step columnStep(ColumnAspect aspect, AlterColumn op) {
        String column = op.subject().toString();
        return switch (aspect) {
            case TYPE -> new Step("change-type " + column, "change the type of " + column + " from " + op.from().type()
                    .sql() + " to " + op.to().type().sql() + " (not a widening: the old version's values may not fit)",
                    op);
            case NULLABILITY -> new Step("set-not-null " + column, "set NOT NULL on " + column + " (the old version"
                    + " may write NULL there: fill those rows before this runs)", op);
            case DEFAULT -> new Step("drop-default " + column, "drop the default of " + column + " (the old version's"
                    + " INSERTs may rely on it)", op);
            case IDENTITY -> new Step("change-identity " + column, "change the identity of " + column + " (the old"
                    + " version's INSERTs rely on it as it is)", op);
            case COMMENT -> throw new IllegalStateException("a comment is always compatible");
        };
    }

    @Override
    public Parts visit(AddConstraint op) {
        boolean rejectsNothingOld = !(op.constraint() instanceof PrimaryKey) || newTables.contains(op.table());
        if (rejectsNothingOld && ExpandContract.onNewTableOrColumns(op, newTables, newColumns)) {
            return Parts.expand(op);
        }
        return Parts.contract("add-constraint", "add " + op.constraint().kind() + " " + op.subject() + " (it may"
                + " reject what the old version writes)", op);
    }

    @Override
    public Parts visit(DropConstraint op) {
        if (op.constraint() instanceof CheckConstraint || op.constraint() instanceof ForeignKey) {
            return Parts.expand(op);
        }
        return Parts.contract("drop-constraint", "drop " + op.constraint().kind() + " " + op.subject() + " (the old"
                + " version may rely on it)", op);
    }

    @Override
    public Parts visit(RenameConstraint op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(CreateIndex op) {
        if (!op.index().unique() || ExpandContract.onNewTableOrColumns(op, newTables, newColumns)) {
            return Parts.expand(op);
        }
        return Parts.contract("add-unique-index", "create unique index " + op.subject() + " (it may reject what the"
                + " old version writes)", op);
    }

    @Override
    public Parts visit(DropIndex op) {
        return Parts.contract("drop-index", "drop index " + op.subject() + " (the old version's queries may need it)",
                op);
    }

    @Override
    public Parts visit(RenameTable op) {
        return Parts.contract("rename-table", "rename table " + op.subject() + " (the old version names it by its"
                + " old name)", op);
    }

    @Override
    public Parts visit(RenameColumn op) {
        return Parts.contract("rename-column", "rename column " + op.subject() + " (the old version names it by its"
                + " old name)", op);
    }

    @Override
    public Parts visit(RenameSequence op) {
        return Parts.contract("rename-sequence", "rename sequence " + op.subject() + " (the old version draws its"
                + " ids from it by its old name)", op);
    }

    @Override
    public Parts visit(RenameIndex op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(CreateSequence op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(DropSequence op) {
        return Parts.contract("drop-sequence", "drop sequence " + op.subject() + " (the old version allocates ids"
                + " from it)", op);
    }

    @Override
    public Parts visit(AlterSequence op) {
        return Parts.contract("alter-sequence", "change sequence " + op.subject() + " (the old version allocates ids"
                + " for its options as they are)", op);
    }

    @Override
    public Parts visit(SetTableComment op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(CreateEnumType op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(DropEnumType op) {
        return Parts.contract("drop-enum-type", "drop enum type " + op.subject() + " (the old version's columns may"
                + " use it)", op);
    }

    @Override
    public Parts visit(AlterEnumType op) {
        if (op.onlyAddsLabels() || op.keepsLabels()) {
            return Parts.expand(op);
        }
        return Parts.contract("alter-enum-type", "remove or reorder labels of " + op.subject() + " (the old version"
                + " may write them)", op);
    }

    @Override
    public Parts visit(CreateView op) {
        return Parts.expand(op);
    }

    @Override
    public Parts visit(DropView op) {
        return Parts.contract("drop-view", "drop view " + op.subject() + " (the old version may read it)", op);
    }
}
