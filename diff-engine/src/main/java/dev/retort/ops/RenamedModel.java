package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's renames do to the rest of a model: every reference by name follows the new name (the keys,
 * foreign keys and indexes that list a renamed column; the foreign keys of any table that reference a renamed
 * table). References inside SQL text (a check's or an index's expression, a view's query) PostgreSQL rewrites too,
 * but the model cannot without parsing SQL; so {@link #readerOfColumn} and {@link #readerOfTable} name such a reader,
 * and {@link ModelEditor} refuses the rename while one exists: a comparison drops a check that reads a renamed column
 * before the rename and adds it back after.
 */
final class RenamedModel {

    private RenamedModel() {
    }

    /** The model after {@code op}, assuming the editor's checks passed. */
    static SchemaModel after(SchemaModel model, RenameTable op) {
        QualifiedName old = op.table().name();
        QualifiedName renamed = op.newQualifiedName();
        // The table as the model has it, renamed: its columns keep the order they have now.
        return model.withTables(model.tables().stream()
                .map(t -> t.name().equals(old) ? new RenameTable(t, op.newName()).renamed() : retarget(t, old, renamed))
                .toList());
    }

    static SchemaModel after(SchemaModel model, RenameColumn op) {
        QualifiedName table = op.table();
        String from = op.column().name();
        String to = op.newName();
        return model.withTables(model.tables().stream().map(t -> {
            Table withReferences = t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(table) ? new ForeignKey(fk.name(), fk.columns(),
                            fk.referencedTable(), renamed(fk.referencedColumns(), from, to), fk.onDelete(),
                            fk.onUpdate(), fk.deferral()) : fk).toList());
            return t.name().equals(table) ? ownColumnRenamed(withReferences, from, op) : withReferences;
        }).toList());
    }

    private static Table ownColumnRenamed(Table table, String from, RenameColumn op) {
        String to = op.newName();
        PrimaryKey pk = table.primaryKey();
        return table.withColumns(table.columns().stream().map(c -> c.name().equals(from) ? op.renamed() : c).toList())
                .withPrimaryKey(pk == null ? null : new PrimaryKey(pk.name(), renamed(pk.columns(), from, to)))
                .withUniqueConstraints(table.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(u.name(), renamed(u.columns(), from, to))).toList())
                .withForeignKeys(table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(),
                        renamed(fk.columns(), from, to), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                        fk.onUpdate(), fk.deferral())).toList())
                .withIndexes(table.indexes().stream().map(i -> new Index(i.name(), i.keys().stream()
                        .map(k -> from.equals(k.column()) ? new IndexKey(to, null, k.descending(), k.nullsFirst()) : k)
                        .toList(), i.unique(), i.method(), i.predicate(), i.otherColumns())).toList());
    }

    /** What reads the column inside SQL text, which the model cannot rewrite: a check, an index, a view. */
    static Optional<String> readerOfColumn(SchemaModel model, Table table, String column) {
        for (CheckConstraint check : table.checks()) {
            if (check.columns().contains(column)) {
                return Optional.of("check constraint " + check.name());
            }
        }
        for (Index index : table.indexes()) {
            if (index.otherColumns().contains(column)) {
                return Optional.of("index " + index.name() + " (in an expression or its predicate)");
            }
        }
        return viewReading(model, ObjectPath.column(table.name(), column), table.name());
    }

    /** A view that reads the table or one of its columns: its query names the table. */
    static Optional<String> readerOfTable(SchemaModel model, QualifiedName table) {
        return viewReading(model, ObjectPath.table(table), table);
    }

    private static Optional<String> viewReading(SchemaModel model, ObjectPath read, QualifiedName table) {
        for (View view : model.views()) {
            boolean reads = view.reads().contains(read) || read.member() == null
                    && view.reads().stream().anyMatch(r -> r.owner().equals(table));
            if (reads) {
                return Optional.of("view " + view.name());
            }
        }
        return Optional.empty();
    }

    /** The same table but for the order of its columns, which a column dropped and added back changes. */
    static boolean sameButForColumnOrder(Table a, Table b) {
        return a.withColumns(byName(a)).equals(b.withColumns(byName(b)));
    }

    private static List<dev.retort.schema.Column> byName(Table table) {
        return table.columns().stream().sorted(java.util.Comparator.comparing(dev.retort.schema.Column::name)).toList();
    }

    private static Table retarget(Table table, QualifiedName old, QualifiedName renamed) {
        return table.withForeignKeys(table.foreignKeys().stream()
                .map(fk -> fk.referencedTable().equals(old) ? RenameTable.retargeted(fk, renamed) : fk).toList());
    }

    private static List<String> renamed(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
