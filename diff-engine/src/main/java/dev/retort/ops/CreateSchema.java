package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import java.util.Objects;

public record CreateSchema(String schema) implements Operation {
    public CreateSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public DropSchema reverse() {
        return new DropSchema(schema);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.schema(schema);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
