package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a column from one state to another. The aspects that change are derived from the two states, so a
 * renderer never re-decides them and the inverse is a swap.
 */
public record AlterColumn(QualifiedName table, Column from, Column to) implements Operation {
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterColumn cannot rename " + from.name() + " to " + to.name());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("AlterColumn " + table + "." + from.name() + " changes nothing");
        }
    }

    public Set<ColumnAspect> aspects() {
        return ColumnAspect.between(from, to);
    }

    public boolean changes(ColumnAspect aspect) {
        return aspects().contains(aspect);
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from);
    }

    /**
     * A type change can truncate or fail to convert values; nothing else here touches data. A dialect may know
     * that a given type change keeps every value (a longer string), and say so where it marks statements.
     */
    @Override
    public boolean destructive() {
        return changes(ColumnAspect.TYPE);
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.column(table, from.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
