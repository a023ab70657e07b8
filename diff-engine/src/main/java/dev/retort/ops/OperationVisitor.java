package dev.retort.ops;

/** One method per operation; renderers and model appliers implement all of them. */
public interface OperationVisitor<R> {
    R visit(CreateSchema op);

    R visit(DropSchema op);

    R visit(CreateTable op);

    R visit(DropTable op);

    R visit(AddColumn op);

    R visit(DropColumn op);

    R visit(AlterColumn op);

    R visit(AddConstraint op);

    R visit(DropConstraint op);

    R visit(RenameConstraint op);

    R visit(CreateIndex op);

    R visit(DropIndex op);

    R visit(RenameIndex op);

    R visit(CreateSequence op);

    R visit(DropSequence op);

    R visit(AlterSequence op);

    R visit(SetTableComment op);

    R visit(CreateEnumType op);

    R visit(DropEnumType op);

    R visit(AlterEnumType op);

    R visit(CreateView op);

    R visit(DropView op);

    R visit(RenameTable op);

    R visit(RenameColumn op);

    R visit(RenameSequence op);
}
