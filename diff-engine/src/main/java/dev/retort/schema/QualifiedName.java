package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified name exactly as the database catalog stores it: case-sensitive, never quoted.
 * An unquoted {@code Book} in Hibernate becomes {@code book} here (PostgreSQL folds it); a quoted
 * {@code "Order"} stays {@code Order}. Quoting for SQL happens only when rendering.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** The same name in another schema (used to move a model into a scratch schema and back). */
    public QualifiedName inSchema(String otherSchema) {
        return new QualifiedName(otherSchema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
