package dev.retort.compare;

import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * The renames the developer declared ({@code --rename}, {@code revision.renames}), resolved to the objects they
 * name. A comparison pairs the database's old object with the entities' new one where both are there, renames it,
 * and compares the rest of the pair as usual; where they are not (the rename is already applied, or this comparison
 * is of two other schemas), the rename is simply not there to make.
 */
public record Renames(List<TableRename> tables, List<ColumnRename> columns) {

    public static final Renames NONE = new Renames(List.of(), List.of());

    public Renames {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
    }

    /**
     * @param from the table as the database names it
     * @param to   its new name, in the same schema
     * @param hint the hint as it was written, for messages
     */
    public record TableRename(QualifiedName from, String to, String hint) {
        public TableRename {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public QualifiedName target() {
            return new QualifiedName(from.schema(), to);
        }
    }

    /**
     * @param table the table as the entities name it (after its own rename, if it has one)
     * @param from  the column as the database names it
     * @param to    the column as the entities name it
     */
    public record ColumnRename(QualifiedName table, String from, String to, String hint) {
        public ColumnRename {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }
}
