package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Replaces a table's comment; {@code null} means no comment. */
public record SetTableComment(QualifiedName table, String from, String to) implements Operation {
    public SetTableComment {
        Objects.requireNonNull(table, "table");
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException("SetTableComment " + table + " changes nothing");
        }
    }

    @Override
    public SetTableComment reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.table(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
