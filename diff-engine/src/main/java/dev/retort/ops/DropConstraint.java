package dev.retort.ops;

import dev.retort.schema.Constraint;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops a constraint by its real name; it keeps the whole constraint so that the inverse re-adds it as it was. */
public record DropConstraint(QualifiedName table, Constraint constraint) implements Operation {
    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(constraint.name(), "a dropped constraint needs its name");
    }

    @Override
    public AddConstraint reverse() {
        return new AddConstraint(table, constraint);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.constraint(table, constraint);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
