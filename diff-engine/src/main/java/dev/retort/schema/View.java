package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view the database has. Entities never describe views, so the model carries them to report them and to keep
 * them working: a view that reads a column whose type changes is dropped and recreated around the change.
 *
 * @param definition   the query, as the database prints it (without a trailing semicolon)
 * @param materialized whether it is a materialized view
 * @param reads        what the view reads: columns ({@link ObjectKind#COLUMN}), and other views or tables it reads
 *                     as a whole ({@link ObjectKind#VIEW}, {@link ObjectKind#TABLE})
 */
public record View(QualifiedName name, String definition, boolean materialized, List<ObjectPath> reads) {

    public View {
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition.strip();
        if (definition.endsWith(";")) {
            definition = definition.substring(0, definition.length() - 1).strip();
        }
        reads = reads.stream().distinct().sorted().toList();
    }

    public View(QualifiedName name, String definition, boolean materialized) {
        this(name, definition, materialized, List.of());
    }

    public boolean readsColumn(QualifiedName table, String column) {
        return reads.contains(ObjectPath.column(table, column));
    }

    public boolean readsView(QualifiedName view) {
        return reads.contains(ObjectPath.view(view));
    }
}
