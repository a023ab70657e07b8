package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Table;
import java.util.Objects;

/**
 * Creates a table with its columns, primary key, unique and check constraints, indexes and comments. Foreign
 * keys are never part of it: they are separate {@link AddConstraint} operations, so that tables referring to
 * each other in a cycle can always be ordered.
 */
public record CreateTable(Table table) implements Operation {
    public CreateTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("CreateTable " + table.name() + " must not carry foreign keys");
        }
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.table(table.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
