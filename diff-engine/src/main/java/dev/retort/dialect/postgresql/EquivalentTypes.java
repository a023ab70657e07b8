package dev.retort.dialect.postgresql;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Types PostgreSQL prints differently but that hold exactly the same values: a time, timestamp or interval without a
 * precision has PostgreSQL's default precision, 6 ({@code timestamp} is {@code timestamp(6)}). Hibernate's DDL
 * writes the 6, Liquibase and hand-written SQL usually do not; neither is a change.
 */
public final class EquivalentTypes {

    private static final Pattern DEFAULT_PRECISION = Pattern.compile(
            "^(time|timestamp|interval)\\(6\\)( with time zone| without time zone)?(\\[\\])?$");

    private EquivalentTypes() {
    }

    /** The type with PostgreSQL's default precision left unsaid: {@code timestamp(6) with time zone} gives
     *  {@code timestamp with time zone}. */
    static String canonical(ColumnType type) {
        return DEFAULT_PRECISION.matcher(type.sql()).replaceFirst("$1$2$3");
    }

    public static boolean equivalent(ColumnType a, ColumnType b) {
        return a.equals(b) || canonical(a).equals(canonical(b));
    }

    /**
     * {@code model} with every column whose type is equivalent to the type of the same column in {@code reference}
     * spelled as there, so that the two compare equal; a column the reference does not have keeps its spelling.
     */
    public static SchemaModel align(SchemaModel model, SchemaModel reference) {
        List<Table> tables = new ArrayList<>();
        for (Table table : model.tables()) {
            Optional<Table> other = reference.table(table.name());
            tables.add(other.isEmpty() ? table : table.withColumns(table.columns().stream()
                    .map(column -> aligned(column, other.get())).toList()));
        }
        return model.withTables(tables);
    }

    private static Column aligned(Column column, Table reference) {
        return reference.column(column.name())
                .filter(there -> !there.type().equals(column.type()) && equivalent(there.type(), column.type()))
                .map(there -> column.withType(there.type()))
                .orElse(column);
    }
}
