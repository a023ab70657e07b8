package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Gives a column another name; its values, type and everything else about it stay. */
public record RenameColumn(QualifiedName table, Column column, String newName) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(newName, "newName");
        if (newName.equals(column.name())) {
            throw new IllegalArgumentException("RenameColumn to the same name " + newName);
        }
    }

    public Column renamed() {
        return new Column(newName, column.type(), column.nullable(), column.defaultExpression(), column.identity(),
                column.comment());
    }

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, renamed(), column.name());
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
