package dev.retort.ops;

import dev.retort.schema.Constraint;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Gives a constraint another name; nothing else about it changes. */
public record RenameConstraint(QualifiedName table, Constraint constraint, String newName) implements Operation {
    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint.name(), "constraint name");
        Objects.requireNonNull(newName, "newName");
        if (newName.equals(constraint.name())) {
            throw new IllegalArgumentException("RenameConstraint to the same name " + newName);
        }
    }

    public Constraint renamed() {
        return constraint.withName(newName);
    }

    @Override
    public RenameConstraint reverse() {
        return new RenameConstraint(table, renamed(), constraint.name());
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
