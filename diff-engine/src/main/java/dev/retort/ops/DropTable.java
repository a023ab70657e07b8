package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Table;
import java.util.Objects;

/** Drops a table; it holds the whole table (without foreign keys, which are dropped first) to recreate it. */
public record DropTable(Table table) implements Operation {
    public DropTable {
        Objects.requireNonNull(table, "table");
        if (!table.foreignKeys().isEmpty()) {
            throw new IllegalArgumentException("DropTable " + table.name() + " must not carry foreign keys");
        }
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public boolean destructive() {
        return true;
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
