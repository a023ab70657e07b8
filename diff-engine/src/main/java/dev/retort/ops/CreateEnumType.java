package dev.retort.ops;

import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import java.util.Objects;

public record CreateEnumType(EnumType type) implements Operation {
    public CreateEnumType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public DropEnumType reverse() {
        return new DropEnumType(type);
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
