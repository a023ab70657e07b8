package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

public record AddColumn(QualifiedName table, Column column) implements Operation {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public boolean destructive() {
        return false;
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
