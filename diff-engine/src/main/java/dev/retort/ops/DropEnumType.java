package dev.retort.ops;

import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import java.util.Objects;

/** Drops an enum type no column uses any more (those columns are dropped or changed first). */
public record DropEnumType(EnumType type) implements Operation {
    public DropEnumType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public CreateEnumType reverse() {
        return new CreateEnumType(type);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.enumType(type.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
