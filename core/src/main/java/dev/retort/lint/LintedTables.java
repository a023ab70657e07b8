package dev.retort.lint;

import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the linted revisions' earlier statements did to the tables, on top of what {@link TableFacts} knows of them
 * before: the tables they created (new: nothing reads them, they have no rows), the names they renamed tables to,
 * the columns they added and the types they gave columns, the tables of the indexes they built.
 */
final class LintedTables {

    record ColumnKey(QualifiedName table, String column) {
    }

    private final TableFacts facts;
    private final Set<QualifiedName> created = new HashSet<>();
    /** A renamed table's current name to the name the database knows it by. */
    private final Map<QualifiedName, QualifiedName> renamed = new HashMap<>();
    private final Set<ColumnKey> addedColumns = new HashSet<>();
    private final Map<ColumnKey, Optional<ColumnType>> types = new HashMap<>();
    private final Map<QualifiedName, QualifiedName> indexTables = new HashMap<>();
    /** The types the current revision's downgrade sets back, by the names its upgrade starts from. */
    private Map<ColumnKey, ColumnType> restoredByDowngrade = Map.of();

    LintedTables(TableFacts facts) {
        this.facts = facts;
    }

    /** Whether the table has existed since before the linted revisions: the application reads it, it may have rows. */
    boolean existing(QualifiedName table) {
        return !created.contains(table) && facts.exists(original(table));
    }

    /** The name the database knows the table by, before the linted revisions renamed it. */
    QualifiedName original(QualifiedName table) {
        return renamed.getOrDefault(table, table);
    }

    Optional<TableSize> size(QualifiedName table) {
        return existing(table) ? facts.size(original(table)) : Optional.empty();
    }

    /** Whether the column is the application's: on an existing table, not added by the linted revisions. */
    boolean existingColumn(QualifiedName table, String column) {
        return existing(table) && !addedColumns.contains(new ColumnKey(table, column));
    }

    /**
     * The column's type before the statement being linted: from an earlier statement, else from the database, else
     * (offline) the type the revision's own downgrade sets back.
     */
    Optional<ColumnType> type(QualifiedName table, String column) {
        ColumnKey key = new ColumnKey(table, column);
        if (types.containsKey(key)) {
            return types.get(key);
        }
        if (!existing(table)) {
            return Optional.empty();
        }
        Optional<ColumnType> known = facts.columnType(original(table), column).map(ColumnType::of);
        return known.isPresent() ? known : Optional.ofNullable(restoredByDowngrade.get(key));
    }

    /** What the next revision's downgrade sets column types back to (see {@link #type}). */
    void restoredByDowngrade(Map<ColumnKey, ColumnType> restored) {
        restoredByDowngrade = Map.copyOf(restored);
    }

    Optional<QualifiedName> tableOfIndex(QualifiedName index) {
        return Optional.ofNullable(indexTables.get(index));
    }

    /** Takes in what the statement did. */
    void record(Ddl ddl) {
        if (ddl instanceof Ddl.CreateTable create) {
            created.add(create.table());
            create.columns().forEach(column -> types.put(new ColumnKey(create.table(), column.name()),
                    column.type()));
        } else if (ddl instanceof Ddl.CreateIndex index) {
            indexTables.put(index.index(), index.table());
        } else if (ddl instanceof Ddl.AlterTable alter) {
            alter.actions().forEach(action -> record(alter.table(), action));
        }
    }

    private void record(QualifiedName table, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            ColumnKey key = new ColumnKey(table, add.column().name());
            addedColumns.add(key);
            types.put(key, add.column().type());
        } else if (action instanceof AlterAction.ChangeType change) {
            types.put(new ColumnKey(table, change.column()), change.type());
        } else if (action instanceof AlterAction.RenameColumn rename) {
            ColumnKey from = new ColumnKey(table, rename.from());
            ColumnKey to = new ColumnKey(table, rename.to());
            types.put(to, type(table, rename.from()));
            types.remove(from);
            if (addedColumns.remove(from)) {
                addedColumns.add(to);
            }
        } else if (action instanceof AlterAction.RenameTable rename) {
            QualifiedName to = QualifiedName.of(table.schema(), rename.to().name());
            if (created.remove(table)) {
                created.add(to);
            } else {
                renamed.put(to, original(table));
            }
        }
    }
}
