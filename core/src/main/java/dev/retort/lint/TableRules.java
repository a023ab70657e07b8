package dev.retort.lint;

import dev.retort.lint.AlterAction.ConstraintKind;
import dev.retort.revisions.SqlStatement;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that judge one statement by what it does to tables (every rule but {@code missing-lock-timeout}, which
 * {@link LockTimeoutRule} judges over a whole revision). Only tables that exist before the linted revisions count:
 * a table they create has no rows and no reader yet.
 */
final class TableRules {

    private record ColumnKey(QualifiedName table, String column) {
    }

    private final LintedTables tables;
    /** This revision's {@code CHECK (col IS NOT NULL) NOT VALID} constraints, by name, not validated yet. */
    private final Map<String, ColumnKey> unvalidatedNotNullChecks = new HashMap<>();
    /** This revision's columns a validated {@code CHECK (col IS NOT NULL)} proves non-null: SET NOT NULL skips its scan. */
    private final Set<ColumnKey> provenNotNull = new HashSet<>();

    /** @param tables what earlier statements did; one instance of the rules per revision */
    TableRules(LintedTables tables) {
        this.tables = tables;
    }

    List<Found> check(Ddl ddl, SqlStatement statement) {
        List<Found> found = new ArrayList<>();
        if (ddl instanceof Ddl.CreateIndex index && !index.concurrently() && tables.existing(index.table())) {
            found.add(Found.on(LintRule.BLOCKING_INDEX, index.table(), "builds " + (index.unique() ? "unique " : "")
                    + "index " + named(index.index()) + "on " + index.table() + " without CONCURRENTLY"));
        } else if (ddl instanceof Ddl.DropIndex drop && !drop.concurrently()) {
            for (QualifiedName index : drop.indexes()) {
                Optional<QualifiedName> table = tables.tableOfIndex(index);
                if (table.map(tables::existing).orElse(true)) {
                    found.add(new Found(LintRule.BLOCKING_INDEX, table, "drops index " + index
                            + " without CONCURRENTLY"));
                }
            }
        } else if (ddl instanceof Ddl.Reindex reindex && !reindex.concurrently()
                && reindex.table().map(tables::existing).orElse(true)) {
            found.add(new Found(LintRule.BLOCKING_INDEX, reindex.table(), "reindexes " + reindex.target()
                    + reindex.table().map(t -> " " + t).orElse("") + " without CONCURRENTLY"));
        } else if (ddl instanceof Ddl.DropTable drop) {
            drop.tables().stream().filter(tables::existing).forEach(table -> {
                found.add(Found.on(LintRule.DATA_LOSS, table, "drops table " + table));
                found.add(Found.on(LintRule.BREAKING_CHANGE, table, "drops table " + table));
            });
        } else if (ddl instanceof Ddl.Truncate truncate) {
            truncate.tables().stream().filter(tables::existing).forEach(table ->
                    found.add(Found.on(LintRule.DATA_LOSS, table, "truncates table " + table)));
        } else if (ddl instanceof Ddl.DeleteAll delete && tables.existing(delete.table())) {
            found.add(Found.on(LintRule.DATA_LOSS, delete.table(), "deletes every row of " + delete.table()
                    + " (no WHERE)"));
        } else if (ddl instanceof Ddl.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                check(alter.table(), action, found);
            }
        }
        if (statement.destructive() && found.stream().noneMatch(f -> f.rule() == LintRule.DATA_LOSS)) {
            found.add(new Found(LintRule.DATA_LOSS, ddl instanceof Ddl.AlterTable alter ? Optional.of(alter.table())
                    : Optional.empty(), "is marked -- DESTRUCTIVE: " + shortly(statement.sql())));
        }
        return found;
    }

    private void check(QualifiedName table, AlterAction action, List<Found> found) {
        boolean existing = tables.existing(table);
        if (action instanceof AlterAction.AddConstraint constraint) {
            checkConstraint(table, existing, constraint, found);
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            ColumnKey proven = unvalidatedNotNullChecks.remove(validate.name());
            if (proven != null && proven.table().equals(table)) {
                provenNotNull.add(proven);
            }
        } else if (!existing) {
            return;
        } else if (action instanceof AlterAction.AddColumn add) {
            checkAddedColumn(table, add.column(), found);
        } else if (action instanceof AlterAction.DropColumn drop && tables.existingColumn(table, drop.column())) {
            found.add(Found.on(LintRule.DATA_LOSS, table, "drops column " + column(table, drop.column())));
            found.add(Found.on(LintRule.BREAKING_CHANGE, table, "drops column " + column(table, drop.column())));
        } else if (action instanceof AlterAction.ChangeType change) {
            checkTypeChange(table, change, found);
        } else if (action instanceof AlterAction.SetNotNull setNotNull
                && !provenNotNull.contains(new ColumnKey(table, setNotNull.column()))) {
            found.add(Found.on(LintRule.LONG_EXCLUSIVE_LOCK, table, "sets " + column(table, setNotNull.column())
                    + " NOT NULL, scanning every row, with no validated CHECK (" + setNotNull.column()
                    + " IS NOT NULL) before it"));
        } else if (action instanceof AlterAction.RenameColumn rename
                && tables.existingColumn(table, rename.from())) {
            found.add(Found.on(LintRule.BREAKING_CHANGE, table, "renames column " + column(table, rename.from())
                    + " to " + rename.to()));
        } else if (action instanceof AlterAction.RenameTable rename) {
            found.add(Found.on(LintRule.BREAKING_CHANGE, table, "renames table " + table + " to "
                    + rename.to().name()));
        } else if (action instanceof AlterAction.SetTablespace move) {
            found.add(Found.on(LintRule.TABLE_REWRITE, table, "moves " + table + " to tablespace "
                    + move.tablespace()));
        } else if (action instanceof AlterAction.SetLogged logged) {
            found.add(Found.on(LintRule.TABLE_REWRITE, table, "sets " + table + (logged.logged() ? " LOGGED"
                    : " UNLOGGED")));
        }
    }

    private void checkConstraint(QualifiedName table, boolean existing, AlterAction.AddConstraint constraint,
                                 List<Found> found) {
        if (constraint.notNullColumn().isPresent()) {
            ColumnKey key = new ColumnKey(table, constraint.notNullColumn().get());
            if (constraint.notValid()) {
                unvalidatedNotNullChecks.put(constraint.name(), key);
            } else {
                provenNotNull.add(key);
            }
        }
        if (!existing) {
            return;
        }
        String what = describe(constraint) + " on " + table;
        boolean indexBacked = constraint.kind() == ConstraintKind.UNIQUE
                || constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.EXCLUDE;
        if (indexBacked && !constraint.usingIndex()) {
            found.add(Found.on(LintRule.BLOCKING_INDEX, table, "adds " + what + ", building its index under the"
                    + " table's lock"));
        } else if (!indexBacked && !constraint.notValid()) {
            found.add(Found.on(LintRule.VALIDATE_UNDER_LOCK, table, "adds " + what + " without NOT VALID, checking"
                    + " every row under the lock"));
        }
    }

    private void checkAddedColumn(QualifiedName table, ColumnDefinition column, List<Found> found) {
        String named = column(table, column.name());
        if (column.notNull() && !column.fillsRows()
                && tables.size(table).map(size -> size.rows() > 0).orElse(true)) {
            found.add(Found.on(LintRule.NOT_NULL_WITHOUT_DEFAULT, table, "adds column " + named
                    + " NOT NULL without a default"));
        }
        column.volatileDefault().ifPresent(filler -> found.add(Found.on(LintRule.VOLATILE_DEFAULT, table,
                "adds column " + named + " filled by " + filler + " for every existing row")));
        if (column.indexed()) {
            found.add(Found.on(LintRule.BLOCKING_INDEX, table, "adds column " + named + " UNIQUE or PRIMARY KEY,"
                    + " building its index under the table's lock"));
        }
    }

    private void checkTypeChange(QualifiedName table, AlterAction.ChangeType change, List<Found> found) {
        String named = column(table, change.column());
        Optional<ColumnType> from = tables.type(table, change.column());
        String to = change.type().map(ColumnType::sql).orElse("another type");
        if (from.isPresent() && change.type().isPresent()) {
            if (!PostgresTypeChanges.withoutRewrite(from.get(), change.type().get())) {
                found.add(Found.on(LintRule.TABLE_REWRITE, table, "changes " + named + " from " + from.get().sql()
                        + " to " + to));
            }
            if (!PostgresTypeChanges.keepsEveryValue(from.get(), change.type().get())) {
                found.add(Found.on(LintRule.DATA_LOSS, table, "narrows " + named + " from " + from.get().sql()
                        + " to " + to));
            }
        } else {
            found.add(Found.on(LintRule.TABLE_REWRITE, table, "changes " + named + " to " + to
                    + " (its type before is not known: connect to the database to tell a change in place)"));
        }
    }

    private static String describe(AlterAction.AddConstraint constraint) {
        String kind = switch (constraint.kind()) {
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check";
            case UNIQUE -> "unique constraint";
            case PRIMARY_KEY -> "primary key";
            case EXCLUDE -> "exclusion constraint";
        };
        return constraint.name().isEmpty() ? kind : kind + " " + constraint.name();
    }

    private static String named(QualifiedName index) {
        return index.name().isEmpty() ? "" : index + " ";
    }

    private static String column(QualifiedName table, String column) {
        return table + "." + column;
    }

    /** The statement's first line, cut short, for a detail. */
    static String shortly(String sql) {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.length() <= 80 && first.length() == sql.strip().length() ? first
                : first.substring(0, Math.min(first.length(), 77)) + "...";
    }
}
