package dev.retort.plan;

import dev.retort.compare.Change;
import dev.retort.compare.TypeWidening;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Splits what the entities changed for a rolling deploy, where the old and the new version of the application run
 * against the same database for a while: the <em>expand</em> part is what the old version can live with (it runs
 * before the new version starts), the <em>contract</em> part is what only the new version can (it runs once the
 * old version is gone). Each contract step has a key, {@code <step> <path>} such as
 * {@code drop-column public.customer.nick}, by which a revision records it as pending and a later comparison finds
 * it again. Which operation goes where, and why, is decided in {@link ExpandContractRules} and nowhere else.
 */
public final class ExpandContract {

    /**
     * One step left for the contract.
     *
     * @param step   {@code <kind> <path>}: what a revision's {@code -- retort:pending} line names
     * @param what   the step and why it waits, in words
     * @param change the operation that makes it, on the schema as the expand part leaves it
     */
    public record ContractStep(String step, String what, Change change) {
        public ContractStep {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(change, "change");
        }
    }

    /** What became of one change: the part that can run now, and the steps that must wait. */
    public record SplitChange(Change original, List<Change> expand, List<ContractStep> contract) {
        public SplitChange {
            expand = List.copyOf(expand);
            contract = List.copyOf(contract);
        }

        /** Only contract steps, each of them accepted by {@code pending}: the change is what a contract completes. */
        public boolean onlyContract(Predicate<String> pending) {
            return expand.isEmpty() && !contract.isEmpty()
                    && contract.stream().allMatch(step -> pending.test(step.step()));
        }
    }

    /** Every change split, in the order given. */
    public record Split(List<SplitChange> changes) {
        public Split {
            changes = List.copyOf(changes);
        }

        /** The expand part, in an order the database accepts. */
        public MigrationPlan expand() {
            List<Change> expand = changes.stream().flatMap(c -> c.expand().stream()).toList();
            return new MigrationPlan(DependencyOrder.sort(expand, Change::operation));
        }

        public List<ContractStep> contract() {
            return changes.stream().flatMap(c -> c.contract().stream()).toList();
        }

        /** The contract steps that {@code pending} accepts, in an order the database accepts. */
        public MigrationPlan contract(Predicate<String> pending) {
            List<Change> steps = contract().stream().filter(step -> pending.test(step.step()))
                    .map(ContractStep::change).toList();
            return new MigrationPlan(DependencyOrder.sort(steps, Change::operation));
        }
    }

    private ExpandContract() {
    }

    /**
     * Splits the changes. Whether a constraint can come in the expand part depends on the other changes: on a table
     * they create, or on columns they add without a default, the old version writes nothing it could reject. And a
     * dropped column of a primary key the changes drop keeps its NOT NULL until the contract drops both (PostgreSQL
     * refuses DROP NOT NULL on a key's column).
     */
    public static Split split(List<Change> changes, TypeWidening widening) {
        Set<QualifiedName> newTables = new HashSet<>();
        Set<ObjectPath> newColumns = new HashSet<>();
        Set<ObjectPath> keyColumns = new HashSet<>();
        for (Change change : changes) {
            Operation operation = change.operation();
            if (operation instanceof CreateTable create) {
                newTables.add(create.table().name());
            } else if (operation instanceof DropConstraint drop && drop.constraint() instanceof PrimaryKey key) {
                key.columns().forEach(column -> keyColumns.add(ObjectPath.column(drop.table(), column)));
            } else if (operation instanceof AddColumn add && add.column().defaultExpression() == null
                    && add.column().identity() == Identity.NONE) {
                newColumns.add(add.subject());
            }
        }
        ExpandContractRules rules = new ExpandContractRules(widening, newTables, newColumns, keyColumns);
        List<SplitChange> split = new ArrayList<>();
        for (Change change : changes) {
            ExpandContractRules.Parts parts = change.operation().accept(rules);
            String partly = parts.contract().isEmpty() ? "" : "expand part only; pending for the contract: "
                    + parts.contract().stream().map(ExpandContractRules.Step::what).collect(Collectors.joining("; "));
            split.add(new SplitChange(change,
                    parts.expand().stream().map(op -> new Change(op, change.differences(), partly)).toList(),
                    parts.contract().stream().map(step -> new ContractStep(step.step(), step.what(),
                            new Change(step.operation(), change.differences()))).toList()));
        }
        return new Split(split);
    }

    /** {@code column} as the old version needs it while the new one runs: NULL allowed unless something fills it. */
    static Column relaxed(Column column) {
        boolean filled = column.defaultExpression() != null || column.identity() != Identity.NONE;
        return filled ? column : column.withNullable(true);
    }

    /** Whether every listed column is one the changes add (the old version writes NULL there). */
    static boolean allNew(QualifiedName table, List<String> columns, Set<ObjectPath> newColumns) {
        return !columns.isEmpty() && columns.stream().allMatch(c -> newColumns.contains(ObjectPath.column(table, c)));
    }

    static boolean onNewTableOrColumns(AddConstraint add, Set<QualifiedName> newTables, Set<ObjectPath> newColumns) {
        return newTables.contains(add.table()) || allNew(add.table(), add.constraint().columns(), newColumns);
    }

    static boolean onNewTableOrColumns(CreateIndex create, Set<QualifiedName> newTables, Set<ObjectPath> newColumns) {
        return newTables.contains(create.table()) || allNew(create.table(), create.index().columns(), newColumns);
    }
}
