package dev.retort.ops;

import dev.retort.schema.Constraint;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Adds a named primary key, unique, check or foreign key constraint to an existing table. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements Operation {
    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(constraint.name(), "an added constraint needs its name, to be dropped again");
    }

    @Override
    public DropConstraint reverse() {
        return new DropConstraint(table, constraint);
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
