package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.qualified;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;
import static dev.retort.dialect.postgresql.PostgresRenderer.alterTable;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders one section of a revision (the upgrade, or the downgrade) with the {@link LockAwareForm lock-aware forms}
 * asked for. A section runs in three parts: index drops {@code CONCURRENTLY}, outside any transaction; the main
 * transaction; then, outside any transaction (each statement its own), index builds {@code CONCURRENTLY} (a unique
 * constraint's or primary key's too, then attached {@code USING INDEX}) and the validations of what the main
 * transaction added {@code NOT VALID}. Builds go after, drops before, so the downgrade
 * (the reversed inverses, rendered the same way) is the upgrade's mirror image. With no form asked for, the section
 * is {@link PostgresDestructiveness#statements} of each operation in order, all in the main transaction.
 */
public final class PostgresSection {

    /**
     * One statement of the section.
     *
     * @param operations    the indexes, in the section's list, of the operations it carries out (several for a
     *                      combined {@code ALTER TABLE})
     * @param transactional false for a statement that runs outside any transaction
     */
    public record Statement(List<Integer> operations, String sql, boolean destructive, boolean transactional) {
        public Statement {
            operations = List.copyOf(operations);
        }
    }

    /** PostgreSQL's identifier limit, in bytes. */
    private static final int NAME_BYTES = 63;
    private static final String NOT_NULL_SUFFIX = "_not_null";

    private final List<Operation> operations;
    private final Set<LockAwareForm> forms;
    private final Set<QualifiedName> newOrGone = new HashSet<>();
    private final Set<QualifiedName> referencedByChangedForeignKeys = new HashSet<>();
    private final List<Statement> before = new ArrayList<>();
    private final List<Statement> main = new ArrayList<>();
    private final List<Statement> after = new ArrayList<>();

    private PostgresSection(List<Operation> operations, Set<LockAwareForm> forms) {
        this.operations = List.copyOf(operations);
        this.forms = Set.copyOf(forms);
        for (Operation operation : this.operations) {
            Table table = operation instanceof CreateTable create ? create.table()
                    : operation instanceof DropTable drop ? drop.table() : null;
            if (table != null) {
                newOrGone.add(table.name());
                table.constraints().forEach(this::noteReferenced);
            }
            if (operation instanceof RenameTable rename) {
                // What runs after the transaction names the table, which the transaction renames: plain forms.
                newOrGone.add(rename.table().name());
                newOrGone.add(rename.newQualifiedName());
            }
            if (operation instanceof AddConstraint add) {
                noteReferenced(add.constraint());
            } else if (operation instanceof DropConstraint drop) {
                noteReferenced(drop.constraint());
            }
        }
    }

    /**
     * The section's three parts, each in the order it runs.
     *
     * @param before statements outside any transaction, before the main one: index drops
     * @param main   the main transaction's statements
     * @param after  statements outside any transaction, after the main one: index builds, validations
     */
    public record Parts(List<Statement> before, List<Statement> main, List<Statement> after) {
        public Parts {
            before = List.copyOf(before);
            main = List.copyOf(main);
            after = List.copyOf(after);
        }

        /** Every statement, in the order they run. */
        public List<Statement> all() {
            List<Statement> all = new ArrayList<>(before);
            all.addAll(main);
            all.addAll(after);
            return all;
        }
    }

    /** The section's statements, in the order they run. */
    public static List<Statement> render(List<Operation> operations, Set<LockAwareForm> forms) {
        return parts(operations, forms).all();
    }

    /** The section's statements, in its three parts. */
    public static Parts parts(List<Operation> operations, Set<LockAwareForm> forms) {
        PostgresSection section = new PostgresSection(operations, forms);
        section.renderAll();
        return new Parts(section.before, section.main, section.after);
    }

    private void noteReferenced(Constraint constraint) {
        if (constraint instanceof ForeignKey fk) {
            referencedByChangedForeignKeys.add(fk.referencedTable());
        }
    }

    private void renderAll() {
        int i = 0;
        while (i < operations.size()) {
            Operation operation = operations.get(i);
            if (operation instanceof AlterColumn) {
                i = alterColumns(i);
            } else if (operation instanceof CreateIndex create && concurrently(create.table(), create.index().unique())) {
                QualifiedName index = new QualifiedName(create.table().schema(), create.index().name());
                // a build that failed half-way left an invalid index of that name behind: a retry drops it first
                after.add(new Statement(List.of(i), "DROP INDEX CONCURRENTLY IF EXISTS " + qualified(index), false,
                        false));
                after.add(new Statement(List.of(i), PostgresDdl.createIndex(create.table(), create.index(), true),
                        false, false));
                i++;
            } else if (operation instanceof DropIndex drop && concurrently(drop.table(), drop.index().unique())) {
                before.add(new Statement(List.of(i), "DROP INDEX CONCURRENTLY " + qualified(new QualifiedName(
                        drop.table().schema(), drop.index().name())), drop.destructive(), false));
                i++;
            } else if (operation instanceof AddConstraint add && keyThroughIndex(add)) {
                keyFromConcurrentIndex(i, add);
                i++;
            } else if (operation instanceof AddConstraint add && validatedLater(add)) {
                main.add(new Statement(List.of(i), alterTable(add.table()) + "ADD "
                        + PostgresDdl.constraintDefinition(add.constraint()) + " NOT VALID", false, true));
                after.add(new Statement(List.of(i), alterTable(add.table()) + "VALIDATE CONSTRAINT "
                        + quote(add.constraint().name()), false, false));
                i++;
            } else {
                plain(i, operation);
                i++;
            }
        }
    }

    private void plain(int index, Operation operation) {
        for (PostgresDestructiveness.Statement statement : PostgresDestructiveness.statements(operation)) {
            main.add(new Statement(List.of(index), statement.sql(), statement.destructive(), true));
        }
    }

    private boolean existing(QualifiedName table) {
        return !newOrGone.contains(table);
    }

    /**
     * Outside the transaction, an index is built after everything else and dropped before: not when a foreign key
     * the section adds or drops may lean on it (a unique index on the table it references).
     */
    private boolean concurrently(QualifiedName table, boolean unique) {
        return forms.contains(LockAwareForm.INDEX) && existing(table)
                && !(unique && referencedByChangedForeignKeys.contains(table));
    }

    /**
     * A primary key or unique constraint on an existing table gets its index built {@code CONCURRENTLY} and attached
     * with {@code USING INDEX}, unless a foreign key of the section may lean on it (it must exist in the transaction
     * then). PostgreSQL attaches only a plain btree index with default ordering, no expression, no predicate: the
     * index built here, from the key's columns. (A deferrable or NULLS NOT DISTINCT key could be attached too;
     * the model has neither, and the reflector reports both as beyond it.)
     */
    private boolean keyThroughIndex(AddConstraint add) {
        return (add.constraint() instanceof UniqueConstraint || add.constraint() instanceof PrimaryKey)
                && add.constraint().name() != null && concurrently(add.table(), true);
    }

    /**
     * The key's index, built as the other index builds are (a retry first drops what a failed build left), then the
     * constraint made from it: a short lock, no scan. The downgrade's DROP CONSTRAINT drops the index with it.
     */
    private void keyFromConcurrentIndex(int index, AddConstraint add) {
        Constraint key = add.constraint();
        QualifiedName name = new QualifiedName(add.table().schema(), key.name());
        after.add(new Statement(List.of(index), "DROP INDEX CONCURRENTLY IF EXISTS " + qualified(name), false,
                false));
        after.add(new Statement(List.of(index), PostgresDdl.createIndex(add.table(), new Index(key.name(),
                key.columns().stream().map(IndexKey::column).toList(), true, "btree", null), true), false, false));
        after.add(new Statement(List.of(index), alterTable(add.table()) + "ADD CONSTRAINT " + quote(key.name())
                + (key instanceof PrimaryKey ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + quote(key.name()),
                false, false));
    }

    private boolean validatedLater(AddConstraint add) {
        return forms.contains(LockAwareForm.VALIDATE) && existing(add.table())
                && (add.constraint() instanceof ForeignKey || add.constraint() instanceof CheckConstraint);
    }

    /**
     * The run of column changes starting at {@code start}: with {@link LockAwareForm#COMBINE}, the changes of one
     * table that follow each other, as one {@code ALTER TABLE}; each SET NOT NULL through a validated check with
     * {@link LockAwareForm#NOT_NULL}. A change of identity stays on its own (an identity needs NOT NULL first).
     *
     * @return the index after the run
     */
    private int alterColumns(int start) {
        AlterColumn first = (AlterColumn) operations.get(start);
        int end = start + 1;
        if (forms.contains(LockAwareForm.COMBINE) && combinable(first)) {
            while (end < operations.size() && operations.get(end) instanceof AlterColumn next
                    && next.table().equals(first.table()) && combinable(next)) {
                end++;
            }
        }
        List<Integer> indexes = new ArrayList<>();
        List<AlterColumn> rest = new ArrayList<>();
        for (int i = start; i < end; i++) {
            AlterColumn op = (AlterColumn) operations.get(i);
            Optional<AlterColumn> remainder = Optional.of(op);
            if (notNullLater(op)) {
                notNullThroughCheck(i, op);
                remainder = without(op, ColumnAspect.NULLABILITY);
            }
            if (remainder.isPresent()) {
                rest.add(remainder.get());
                indexes.add(i);
            }
        }
        if (forms.contains(LockAwareForm.COMBINE) && combinable(first)) {
            if (!rest.isEmpty()) {
                combined(indexes, rest);
            }
        } else {
            rest.forEach(op -> plain(start, op));
        }
        return end;
    }

    /** The change with one aspect left as it was; empty when nothing else changes. */
    private static Optional<AlterColumn> without(AlterColumn op, ColumnAspect aspect) {
        Column to = aspect.copy(op.to(), op.from());
        return to.equals(op.from()) ? Optional.empty() : Optional.of(new AlterColumn(op.table(), op.from(), to));
    }

    private static boolean combinable(AlterColumn op) {
        return !op.changes(ColumnAspect.IDENTITY);
    }

    private boolean notNullLater(AlterColumn op) {
        return forms.contains(LockAwareForm.NOT_NULL) && existing(op.table()) && op.changes(ColumnAspect.NULLABILITY)
                && !op.to().nullable() && !op.changes(ColumnAspect.TYPE) && !op.changes(ColumnAspect.IDENTITY);
    }

    /**
     * A {@code CHECK (col IS NOT NULL) NOT VALID} in the main transaction (a short lock), validated after it (a scan
     * that lets writes through), then SET NOT NULL, which PostgreSQL 12+ proves from the check without a scan, and
     * the check dropped again: the catalog ends as a plain SET NOT NULL leaves it.
     */
    private void notNullThroughCheck(int index, AlterColumn op) {
        String column = op.to().name();
        String check = quote(helperCheckName(column));
        String alter = alterTable(op.table());
        main.add(new Statement(List.of(index), alter + "ADD CONSTRAINT " + check + " CHECK (" + quote(column)
                + " IS NOT NULL) NOT VALID", false, true));
        after.add(new Statement(List.of(index), alter + "VALIDATE CONSTRAINT " + check, false, false));
        after.add(new Statement(List.of(index), alter + "ALTER COLUMN " + quote(column) + " SET NOT NULL", false,
                false));
        after.add(new Statement(List.of(index), alter + "DROP CONSTRAINT " + check, false, false));
    }

    /** {@code <column>_not_null}, the column's name shortened to fit PostgreSQL's 63 bytes. */
    static String helperCheckName(String column) {
        String base = column;
        while (base.getBytes(StandardCharsets.UTF_8).length + NOT_NULL_SUFFIX.length() > NAME_BYTES) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        return base + NOT_NULL_SUFFIX;
    }

    /**
     * The changes as one statement: every narrowing guard first (they only read, under the lock the statement takes
     * anyway), then one {@code ALTER TABLE} with all actions, then the comments. A single action is written as the
     * plain form writes it.
     */
    private void combined(List<Integer> indexes, List<AlterColumn> changes) {
        QualifiedName table = changes.get(0).table();
        List<String> actions = new ArrayList<>();
        boolean destructive = false;
        for (AlterColumn change : changes) {
            NarrowingGuard.of(change).ifPresent(guard -> main.add(new Statement(indexes, guard, false, true)));
            PostgresRenderer.columnActions(change).forEach(action -> actions.add(action.sql()));
            destructive |= PostgresDestructiveness.destructive(change);
        }
        if (!actions.isEmpty()) {
            String sql = actions.size() == 1 ? alterTable(table) + actions.get(0)
                    : "ALTER TABLE " + qualified(table) + "\n    " + String.join(",\n    ", actions);
            main.add(new Statement(indexes, sql, destructive, true));
        }
        for (AlterColumn change : changes) {
            if (change.changes(ColumnAspect.COMMENT)) {
                main.add(new Statement(indexes, PostgresDdl.commentOnColumn(table, change.to().name(),
                        change.to().comment()), false, true));
            }
        }
    }
}
