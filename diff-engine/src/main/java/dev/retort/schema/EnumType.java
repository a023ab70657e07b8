package dev.retort.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type: its labels in their sort order (which is their meaning for comparisons).
 *
 * @param varcharCasts whether implicit {@code WITH INOUT} casts between {@code character varying} and the type exist,
 *                     as Hibernate's DDL creates them for a named enum ({@code PostgreSQLEnumJdbcType})
 */
public record EnumType(QualifiedName name, List<String> labels, boolean varcharCasts) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        if (labels.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("enum type " + name + " needs distinct labels, got " + labels);
        }
    }

    public EnumType(QualifiedName name, List<String> labels) {
        this(name, labels, false);
    }

    /** Whether {@code other} keeps every label of this type, in the same order, and only adds some. */
    public boolean isExtendedBy(EnumType other) {
        int next = 0;
        for (String label : other.labels) {
            if (next < labels.size() && labels.get(next).equals(label)) {
                next++;
            }
        }
        return next == labels.size() && other.labels.size() > labels.size();
    }

    public EnumType inSchema(String schema) {
        return new EnumType(name.inSchema(schema), labels, varcharCasts);
    }
}
