package dev.retort.ops;

import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import java.util.List;
import java.util.Objects;

/**
 * Changes an enum type's labels. Adding labels is done in place; anything else (removing or reordering labels,
 * and therefore also the inverse of an addition, since PostgreSQL cannot drop a label) recreates the type and
 * converts the columns that use it, which the operation carries for that purpose.
 *
 * @param uses the columns of the type that exist before and after the change
 */
public record AlterEnumType(EnumType from, EnumType to, List<EnumUse> uses) implements Operation {
    public AlterEnumType {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        uses = List.copyOf(uses);
        if (!from.name().equals(to.name()) || from.equals(to)) {
            throw new IllegalArgumentException("AlterEnumType " + from.name() + " must change labels or casts only");
        }
    }

    /** Whether the change only adds labels, which PostgreSQL does in place. */
    public boolean onlyAddsLabels() {
        return from.isExtendedBy(to);
    }

    /** Whether the labels stay as they are (only the varchar casts change). */
    public boolean keepsLabels() {
        return from.labels().equals(to.labels());
    }

    @Override
    public AlterEnumType reverse() {
        return new AlterEnumType(to, from, uses);
    }

    /** Removing a label fails, or loses data, where rows still hold it. */
    @Override
    public boolean destructive() {
        return !to.labels().containsAll(from.labels());
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.enumType(from.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
