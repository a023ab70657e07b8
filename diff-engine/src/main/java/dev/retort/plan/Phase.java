package dev.retort.plan;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.AlterSequence;
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
import dev.retort.schema.ForeignKey;

/**
 * The tie-break among operations that are free to run: a reading order for reviewers (schemas and sequences,
 * then what is removed, then what is created, foreign keys last). Dependencies always win over it.
 */
final class Phase implements OperationVisitor<Integer> {

    private static final Phase INSTANCE = new Phase();

    private Phase() {
    }

    static int of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public Integer visit(CreateSchema op) {
        return 0;
    }

    @Override
    public Integer visit(CreateSequence op) {
        return 1;
    }

    @Override
    public Integer visit(AlterSequence op) {
        return 2;
    }

    @Override
    public Integer visit(DropConstraint op) {
        return op.constraint() instanceof ForeignKey ? 3 : 5;
    }

    @Override
    public Integer visit(DropIndex op) {
        return 4;
    }

    @Override
    public Integer visit(RenameConstraint op) {
        return 6;
    }

    @Override
    public Integer visit(RenameIndex op) {
        return 6;
    }

    @Override
    public Integer visit(CreateTable op) {
        return 7;
    }

    @Override
    public Integer visit(AddColumn op) {
        return 8;
    }

    @Override
    public Integer visit(AlterColumn op) {
        return 9;
    }

    @Override
    public Integer visit(SetTableComment op) {
        return 10;
    }

    @Override
    public Integer visit(DropColumn op) {
        return 11;
    }

    @Override
    public Integer visit(DropTable op) {
        return 12;
    }

    @Override
    public Integer visit(DropSequence op) {
        return 13;
    }

    @Override
    public Integer visit(AddConstraint op) {
        return op.constraint() instanceof ForeignKey ? 16 : 14;
    }

    @Override
    public Integer visit(CreateIndex op) {
        return 15;
    }

    @Override
    public Integer visit(CreateEnumType op) {
        return 1;
    }

    @Override
    public Integer visit(AlterEnumType op) {
        return 2;
    }

    @Override
    public Integer visit(DropEnumType op) {
        return 13;
    }

    @Override
    public Integer visit(DropView op) {
        return 3;
    }

    @Override
    public Integer visit(CreateView op) {
        return 16;
    }

    @Override
    public Integer visit(DropSchema op) {
        return 17;
    }

    @Override
    public Integer visit(RenameSequence op) {
        return 2;
    }

    @Override
    public Integer visit(RenameTable op) {
        return 2;
    }

    @Override
    public Integer visit(RenameColumn op) {
        return 6;
    }
}
