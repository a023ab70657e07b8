package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import java.util.Objects;

/** Drops an empty schema (never CASCADE: whatever lives in it is dropped by its own operations first). */
public record DropSchema(String schema) implements Operation {
    public DropSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public CreateSchema reverse() {
        return new CreateSchema(schema);
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
