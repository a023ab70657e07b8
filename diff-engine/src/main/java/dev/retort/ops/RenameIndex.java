package dev.retort.ops;

import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

public record RenameIndex(QualifiedName table, Index index, String newName) implements Operation {
    public RenameIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(newName, "newName");
        if (newName.equals(index.name())) {
            throw new IllegalArgumentException("RenameIndex to the same name " + newName);
        }
    }

    public Index renamed() {
        return index.withName(newName);
    }

    @Override
    public RenameIndex reverse() {
        return new RenameIndex(table, renamed(), index.name());
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.index(table, index.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
