package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a schema object lives: a kind, the schema-level object it is or belongs to, and for table members
 * (columns, constraints, indexes) the member's name. Prints as {@code public.customer.email}.
 *
 * @param owner  the table, sequence or view; for a {@link ObjectKind#SCHEMA} the name is empty
 * @param member the column, constraint or index name; {@code null} for schema-level objects
 */
public record ObjectPath(ObjectKind kind, QualifiedName owner, String member) implements Comparable<ObjectPath> {

    private static final Comparator<ObjectPath> ORDER = Comparator.comparing(ObjectPath::owner)
            .thenComparing(ObjectPath::member, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectPath::kind);

    public ObjectPath {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
    }

    public static ObjectPath schema(String schema) {
        return new ObjectPath(ObjectKind.SCHEMA, new QualifiedName(schema, ""), null);
    }

    public static ObjectPath table(QualifiedName table) {
        return new ObjectPath(ObjectKind.TABLE, table, null);
    }

    public static ObjectPath column(QualifiedName table, String column) {
        return new ObjectPath(ObjectKind.COLUMN, table, column);
    }

    public static ObjectPath sequence(QualifiedName sequence) {
        return new ObjectPath(ObjectKind.SEQUENCE, sequence, null);
    }

    public static ObjectPath view(QualifiedName view) {
        return new ObjectPath(ObjectKind.VIEW, view, null);
    }

    public static ObjectPath enumType(QualifiedName type) {
        return new ObjectPath(ObjectKind.ENUM_TYPE, type, null);
    }

    public static ObjectPath index(QualifiedName table, String index) {
        return new ObjectPath(ObjectKind.INDEX, table, index);
    }

    public static ObjectPath constraint(QualifiedName table, Constraint constraint) {
        ObjectKind kind = switch (constraint.kind()) {
            case "primary key" -> ObjectKind.PRIMARY_KEY;
            case "unique constraint" -> ObjectKind.UNIQUE_CONSTRAINT;
            case "check constraint" -> ObjectKind.CHECK_CONSTRAINT;
            default -> ObjectKind.FOREIGN_KEY;
        };
        return new ObjectPath(kind, table, constraint.name());
    }

    /** The table (or sequence/view) this path is, or belongs to. */
    public ObjectPath ownerPath() {
        return switch (kind) {
            case SCHEMA, TABLE, SEQUENCE, VIEW, ENUM_TYPE -> this;
            default -> table(owner);
        };
    }

    @Override
    public int compareTo(ObjectPath other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (kind == ObjectKind.SCHEMA) {
            return owner.schema();
        }
        return member == null ? owner.toString() : owner + "." + member;
    }
}
