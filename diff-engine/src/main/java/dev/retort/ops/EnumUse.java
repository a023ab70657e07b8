package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** A column whose type is an enum type (or an array of it), as it is while the type changes. */
public record EnumUse(QualifiedName table, Column column) {
    public EnumUse {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
