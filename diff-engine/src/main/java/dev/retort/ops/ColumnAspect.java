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

    /** {@code base} with this aspect taken from {@code source}: how a change applies only some aspects. */
    public Column copy(Column base, Column source) {
        return switch (this) {
            case TYPE -> base.withType(source.type());
            case NULLABILITY -> base.withNullable(source.nullable());
            case DEFAULT -> base.withDefault(source.defaultExpression());
            case IDENTITY -> base.withIdentity(source.identity());
            case COMMENT -> base.withComment(source.comment());
        };
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
