package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

public record DropColumn(QualifiedName table, Column column) implements Operation {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public boolean destructive() {
        return true;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.column(table, column.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
