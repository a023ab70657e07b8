package dev.retort.ops;

import dev.retort.schema.Column;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The parts of a column that an {@link AlterColumn} can change. */
public enum ColumnAspect {
    TYPE(c -> c.type().sql()),
    NULLABILITY(c -> c.nullable() ? "NULL" : "NOT NULL"),
    DEFAULT(Column::defaultExpression),
    IDENTITY(c -> c.identity().name()),
    COMMENT(Column::comment);

    private final Function<Column, String> value;

    ColumnAspect(Function<Column, String> value) {
        this.value = value;
    }

    /** The aspect's value on a column, as text ({@code null} when absent). */
    public String valueOf(Column column) {
        return value.apply(column);
    }

    /** The aspects in which two columns differ. */
    public static Set<ColumnAspect> between(Column from, Column to) {
        Set<ColumnAspect> changed = EnumSet.noneOf(ColumnAspect.class);
        for (ColumnAspect aspect : values()) {
            if (!Objects.equals(aspect.valueOf(from), aspect.valueOf(to))) {
                changed.add(aspect);
            }
        }
        return changed;
    }
}
