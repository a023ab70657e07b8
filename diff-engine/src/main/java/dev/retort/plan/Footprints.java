package dev.retort.plan;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.EnumUse;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropView;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.RenameSequence;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.Optional;

/**
 * The footprint of each operation. Every removing operation is described as the inverse of its creating
 * twin, so the two can never disagree.
 */
final class Footprints implements OperationVisitor<Footprint> {

    private static final Footprints INSTANCE = new Footprints();

    private Footprints() {
    }

    static Footprint of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public Footprint visit(CreateSchema op) {
        Footprint footprint = new Footprint();
        footprint.produces.add(Resource.schema(op.schema()));
        return footprint;
    }

    @Override
    public Footprint visit(DropSchema op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(CreateTable op) {
        Table table = op.table();
        QualifiedName name = table.name();
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.schema(name.schema()));
        footprint.produces.add(Resource.table(name));
        footprint.produces.add(Resource.relationName(name.schema(), name.name()));
        for (Column column : table.columns()) {
            columnProduced(footprint, name, column);
        }
        for (Constraint constraint : table.constraints()) {
            constraintProduced(footprint, name, constraint);
        }
        for (Index index : table.indexes()) {
            indexProduced(footprint, name, index);
        }
        // The table's own objects are created with it: it does not need them to exist beforehand.
        footprint.consumes.removeAll(footprint.produces);
        return footprint;
    }

    @Override
    public Footprint visit(DropTable op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(AddColumn op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        columnProduced(footprint, op.table(), op.column());
        return footprint;
    }

    @Override
    public Footprint visit(DropColumn op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(AlterColumn op) {
        Footprint footprint = new Footprint();
        QualifiedName table = op.table();
        footprint.consumes.add(Resource.table(table));
        footprint.consumes.add(Resource.column(table, op.from().name()));
        consumeDependencies(footprint, table, op.from());
        consumeDependencies(footprint, table, op.to());
        Optional<QualifiedName> typeBefore = op.from().type().userType();
        Optional<QualifiedName> typeAfter = op.to().type().userType();
        typeAfter.ifPresent(type -> footprint.produces.add(Resource.typeUse(type)));
        typeBefore.filter(type -> !typeAfter.equals(typeBefore))
                .ifPresent(type -> footprint.destroys.add(Resource.typeUse(type)));
        if (op.changes(ColumnAspect.TYPE)) {
            footprint.destroys.add(Resource.oldShape(table, op.from().name()));
            footprint.produces.add(Resource.newShape(table, op.to().name()));
        }
        if (op.from().nullable() && !op.to().nullable()) {
            footprint.produces.add(Resource.notNull(table, op.to().name()));
        } else if (!op.from().nullable() && op.to().nullable()) {
            footprint.destroys.add(Resource.notNull(table, op.to().name()));
        }
        return footprint;
    }

    @Override
    public Footprint visit(AddConstraint op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        constraintProduced(footprint, op.table(), op.constraint());
        return footprint;
    }

    @Override
    public Footprint visit(DropConstraint op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(RenameConstraint op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        // The constraint as it carries it: over its columns under their names then (a renamed column's new one).
        op.constraint().columns().forEach(column -> footprint.consumes.add(Resource.column(op.table(), column)));
        footprint.destroys.addAll(names(op.table(), op.constraint()));
        footprint.produces.addAll(names(op.table(), op.renamed()));
        return footprint;
    }

    @Override
    public Footprint visit(CreateIndex op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        indexProduced(footprint, op.table(), op.index());
        return footprint;
    }

    @Override
    public Footprint visit(DropIndex op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(RenameIndex op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        op.index().columnsUsed().forEach(column -> footprint.consumes.add(Resource.column(op.table(), column)));
        footprint.destroys.add(Resource.relationName(op.table().schema(), op.index().name()));
        footprint.produces.add(Resource.relationName(op.table().schema(), op.newName()));
        return footprint;
    }

    @Override
    public Footprint visit(CreateSequence op) {
        Footprint footprint = new Footprint();
        QualifiedName name = op.sequence().name();
        footprint.consumes.add(Resource.schema(name.schema()));
        footprint.produces.add(Resource.sequence(name));
        footprint.produces.add(Resource.relationName(name.schema(), name.name()));
        return footprint;
    }

    @Override
    public Footprint visit(DropSequence op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(AlterSequence op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.sequence(op.from().name()));
        return footprint;
    }

    @Override
    public Footprint visit(SetTableComment op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.table(op.table()));
        return footprint;
    }

    @Override
    public Footprint visit(CreateEnumType op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.schema(op.type().name().schema()));
        footprint.produces.add(Resource.type(op.type().name()));
        return footprint;
    }

    @Override
    public Footprint visit(DropEnumType op) {
        return visit(op.reverse()).inverted();
    }

    @Override
    public Footprint visit(AlterEnumType op) {
        Footprint footprint = new Footprint();
        footprint.consumes.add(Resource.type(op.from().name()));
        if (!op.keepsLabels()) {
            footprint.destroys.add(Resource.typeUse(op.from().name()));
            footprint.produces.add(Resource.typeUse(op.from().name()));
        }
        for (EnumUse use : op.uses()) {
            footprint.consumes.add(Resource.table(use.table()));
            footprint.consumes.add(Resource.column(use.table(), use.column().name()));
            if (!op.onlyAddsLabels()) {
                // Recreating the type converts its columns: views reading them go before and come back after.
                footprint.destroys.add(Resource.oldShape(use.table(), use.column().name()));
                footprint.produces.add(Resource.newShape(use.table(), use.column().name()));
            }
        }
        return footprint;
    }

    @Override
    public Footprint visit(CreateView op) {
        Footprint footprint = new Footprint();
        for (ObjectPath read : op.view().reads()) {
            footprint.consumes.add(read.kind() == ObjectKind.COLUMN ? Resource.newShape(read.owner(), read.member())
                    : Resource.newView(read.owner()));
        }
        footprint.produces.add(Resource.newView(op.view().name()));
        footprint.produces.add(Resource.relationName(op.view().name().schema(), op.view().name().name()));
        return footprint;
    }

    @Override
    public Footprint visit(DropView op) {
        Footprint footprint = new Footprint();
        for (ObjectPath read : op.view().reads()) {
            footprint.consumes.add(read.kind() == ObjectKind.COLUMN ? Resource.oldShape(read.owner(), read.member())
                    : Resource.oldView(read.owner()));
        }
        footprint.destroys.add(Resource.oldView(op.view().name()));
        footprint.destroys.add(Resource.relationName(op.view().name().schema(), op.view().name().name()));
        return footprint;
    }

    /**
     * The table's name goes and the new one comes. What other operations do to the table they do under one of the two
     * names, and each of them needs the table under that name ({@link Resource#table}), so they order around the
     * rename. Its columns, keys and constraint names are not moved one by one: an operation that destroys one of them
     * under the new name would have to come both after the rename (which makes it) and before it (a destroyer goes
     * before a producer).
     */
    @Override
    public Footprint visit(RenameTable op) {
        QualifiedName from = op.table().name();
        QualifiedName to = op.newQualifiedName();
        Footprint footprint = new Footprint();
        footprint.destroys.add(Resource.table(from));
        footprint.destroys.add(Resource.relationName(from.schema(), from.name()));
        footprint.produces.add(Resource.table(to));
        footprint.produces.add(Resource.relationName(to.schema(), to.name()));
        return footprint;
    }

    /**
     * The column goes under the old name and comes under the new one (its NOT NULL is not moved, for the reason given
     * at {@link #visit(RenameTable)}: what needs it needs the column too).
     */
    @Override
    public Footprint visit(RenameColumn op) {
        Footprint footprint = new Footprint();
        QualifiedName table = op.table();
        footprint.consumes.add(Resource.table(table));
        footprint.destroys.add(Resource.column(table, op.column().name()));
        footprint.produces.add(Resource.column(table, op.newName()));
        return footprint;
    }

    @Override
    public Footprint visit(RenameSequence op) {
        Footprint footprint = new Footprint();
        QualifiedName from = op.sequence().name();
        QualifiedName to = op.renamed().name();
        footprint.destroys.add(Resource.sequence(from));
        footprint.destroys.add(Resource.relationName(from.schema(), from.name()));
        footprint.produces.add(Resource.sequence(to));
        footprint.produces.add(Resource.relationName(to.schema(), to.name()));
        return footprint;
    }

    private static void columnProduced(Footprint footprint, QualifiedName table, Column column) {
        footprint.produces.add(Resource.column(table, column.name()));
        column.type().userType().ifPresent(type -> footprint.produces.add(Resource.typeUse(type)));
        if (!column.nullable()) {
            footprint.produces.add(Resource.notNull(table, column.name()));
        }
        consumeDependencies(footprint, table, column);
    }

    /** What a column's type and default need to exist: the sequences its default reads, its enum type. */
    private static void consumeDependencies(Footprint footprint, QualifiedName table, Column column) {
        for (QualifiedName sequence : SequenceReferences.of(column, table.schema())) {
            footprint.consumes.add(Resource.sequence(sequence));
        }
        column.type().userType().ifPresent(type -> footprint.consumes.add(Resource.type(type)));
    }

    private static void constraintProduced(Footprint footprint, QualifiedName table, Constraint constraint) {
        for (String column : constraint.columns()) {
            footprint.consumes.add(Resource.column(table, column));
            if (constraint instanceof PrimaryKey) {
                footprint.consumes.add(Resource.notNull(table, column));
            }
        }
        footprint.produces.addAll(names(table, constraint));
        if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
            footprint.produces.add(Resource.key(table, constraint.columns()));
        }
        if (constraint instanceof ForeignKey fk) {
            footprint.consumes.add(Resource.table(fk.referencedTable()));
            footprint.consumes.add(Resource.key(fk.referencedTable(), fk.referencedColumns()));
            for (String column : fk.referencedColumns()) {
                footprint.consumes.add(Resource.column(fk.referencedTable(), column));
            }
        }
    }

    private static java.util.List<Resource> names(QualifiedName table, Constraint constraint) {
        if (constraint.name() == null) {
            return java.util.List.of();
        }
        Resource constraintName = Resource.constraintName(table, constraint.name());
        if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
            return java.util.List.of(constraintName, Resource.relationName(table.schema(), constraint.name()));
        }
        return java.util.List.of(constraintName);
    }

    private static void indexProduced(Footprint footprint, QualifiedName table, Index index) {
        for (String column : index.columnsUsed()) {
            footprint.consumes.add(Resource.column(table, column));
        }
        footprint.produces.add(Resource.relationName(table.schema(), index.name()));
        boolean usableAsKey = index.unique() && index.predicate() == null
                && index.keys().stream().allMatch(k -> k.isColumn());
        if (usableAsKey) {
            footprint.produces.add(Resource.key(table, index.columns()));
        }
    }
}
