package dev.retort.ops;

import dev.retort.schema.ObjectPath;

/**
 * One schema change. Every operation carries the whole state it adds or removes, so {@link #reverse()} is
 * local and exact: a downgrade is the reversed list of the upgrade's inverses, nothing more. Rendering is a
 * visitor, so a new operation breaks every renderer at compile time.
 */
public sealed interface Operation permits CreateSchema, DropSchema, CreateTable, DropTable, AddColumn, DropColumn,
        AlterColumn, AddConstraint, DropConstraint, RenameConstraint, CreateIndex, DropIndex, RenameIndex,
        CreateSequence, DropSequence, AlterSequence, SetTableComment, CreateEnumType, DropEnumType, AlterEnumType,
        CreateView, DropView, RenameTable, RenameColumn, RenameSequence {

    /** The operation that undoes this one exactly. {@code op.reverse().reverse().equals(op)} always holds. */
    Operation reverse();

    /** Whether running it can lose data; decided by the operation's type and aspects, never by SQL text. */
    boolean destructive();

    /** The object the operation is about. */
    ObjectPath subject();

    <R> R accept(OperationVisitor<R> visitor);
}
