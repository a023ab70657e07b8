package dev.retort.lint;

import dev.retort.revisions.SqlStatement;
import java.util.Optional;

/**
 * {@code missing-lock-timeout}, over one revision's upgrade: the first statement that must queue for a lock the
 * application's own reads or writes conflict with, on a table that existed before, while no {@code SET
 * lock_timeout} bounds the wait. One finding per revision: the fix is one line at the top.
 *
 * <p>{@code CREATE/DROP INDEX CONCURRENTLY}, {@code REINDEX CONCURRENTLY} and {@code VALIDATE CONSTRAINT} do not
 * count: their SHARE UPDATE EXCLUSIVE lock conflicts with none of the application's reads and writes, so nothing
 * queues behind it while it waits, and a {@code lock_timeout} would only cancel a concurrent build's wait for older
 * transactions and leave an invalid index behind.
 */
final class LockTimeoutRule {

    private final LintedTables tables;
    private boolean sessionBound;
    private boolean transactionBound;
    private boolean lastTransactional = true;
    private boolean reported;

    /** One per revision: each revision file must bound its own waits (it may run alone, or under psql or Flyway). */
    LockTimeoutRule(LintedTables tables) {
        this.tables = tables;
    }

    Optional<Found> check(Ddl ddl, SqlStatement statement) {
        if (statement.transactional() != lastTransactional || !statement.transactional()) {
            // a SET LOCAL lasts until its transaction ends; outside a transaction block each statement is its own
            transactionBound = false;
        }
        lastTransactional = statement.transactional();
        if (ddl instanceof Ddl.SetLockTimeout set) {
            if (set.local()) {
                transactionBound = set.bounds() && statement.transactional();
            } else {
                sessionBound = set.bounds();
                transactionBound = false;
            }
            return Optional.empty();
        }
        if (reported || sessionBound || transactionBound) {
            return Optional.empty();
        }
        Optional<Found> found = queuesTheApplication(ddl);
        reported = found.isPresent();
        return found;
    }

    private Optional<Found> queuesTheApplication(Ddl ddl) {
        String noTimeout = " with no SET lock_timeout before it in the revision";
        if (ddl instanceof Ddl.AlterTable alter) {
            boolean onlyValidates = alter.actions().stream().allMatch(a -> a instanceof AlterAction.ValidateConstraint);
            if (tables.existing(alter.table()) && !onlyValidates) {
                return Optional.of(Found.on(LintRule.MISSING_LOCK_TIMEOUT, alter.table(), "alters " + alter.table()
                        + noTimeout));
            }
            return alter.actions().stream().flatMap(action -> referenced(action).stream())
                    .filter(tables::existing).findFirst().map(referenced -> Found.on(LintRule.MISSING_LOCK_TIMEOUT,
                            referenced, "locks " + referenced + " for a foreign key of " + alter.table()
                                    + noTimeout));
        }
        if (ddl instanceof Ddl.CreateIndex index && !index.concurrently() && tables.existing(index.table())) {
            return Optional.of(Found.on(LintRule.MISSING_LOCK_TIMEOUT, index.table(), "builds an index on "
                    + index.table() + noTimeout));
        }
        if (ddl instanceof Ddl.DropIndex drop && !drop.concurrently()) {
            return drop.indexes().stream().filter(index -> tables.tableOfIndex(index).map(tables::existing)
                    .orElse(true)).findFirst().map(index -> new Found(LintRule.MISSING_LOCK_TIMEOUT,
                    tables.tableOfIndex(index), "drops index " + index + noTimeout));
        }
        if (ddl instanceof Ddl.Reindex reindex && !reindex.concurrently()) {
            return Optional.of(new Found(LintRule.MISSING_LOCK_TIMEOUT, reindex.table(), "reindexes"
                    + reindex.table().map(t -> " " + t).orElse("") + noTimeout));
        }
        if (ddl instanceof Ddl.DropTable drop) {
            return drop.tables().stream().filter(tables::existing).findFirst().map(table -> Found.on(
                    LintRule.MISSING_LOCK_TIMEOUT, table, "drops " + table + noTimeout));
        }
        if (ddl instanceof Ddl.Truncate truncate) {
            return truncate.tables().stream().filter(tables::existing).findFirst().map(table -> Found.on(
                    LintRule.MISSING_LOCK_TIMEOUT, table, "truncates " + table + noTimeout));
        }
        if (ddl instanceof Ddl.CreateTable create) {
            return create.references().stream().filter(tables::existing).findFirst().map(referenced -> Found.on(
                    LintRule.MISSING_LOCK_TIMEOUT, referenced, "locks " + referenced + " for a foreign key of new"
                            + " table " + create.table() + noTimeout));
        }
        return Optional.empty();
    }

    private static Optional<dev.retort.schema.QualifiedName> referenced(AlterAction action) {
        if (action instanceof AlterAction.AddConstraint constraint) {
            return constraint.references();
        }
        if (action instanceof AlterAction.AddColumn add) {
            return add.column().references();
        }
        return Optional.empty();
    }
}
