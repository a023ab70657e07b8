package dev.retort.ops;

import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

public record CreateIndex(QualifiedName table, Index index) implements Operation {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
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
