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

    /**
     * Parses {@code schema.name} as PostgreSQL prints it: either part may be double-quoted (keeping its case),
     * unquoted parts fold to lower case; a name without a schema is in {@code defaultSchema}.
     */
    public static QualifiedName parse(String text, String defaultSchema) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(part.toString());
        return parts.size() == 1 ? new QualifiedName(defaultSchema, parts.get(0))
                : new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
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
