package dev.retort.compare;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.SequenceAspect;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a normalized database model ({@code current}) with a normalized entity model ({@code target}) into
 * changes and reported differences. Both sides must be in canonical form (see the dialect's normalization):
 * this class compares values, never spellings.
 */
public final class SchemaComparator {

    private final ComparePolicy policy;
    private final List<Change> changes = new ArrayList<>();
    private final List<Difference> reported = new ArrayList<>();

    private SchemaComparator(ComparePolicy policy) {
        this.policy = policy;
    }

    public static Comparison compare(SchemaModel current, SchemaModel target, ComparePolicy policy) {
        SchemaComparator comparator = new SchemaComparator(policy);
        comparator.run(visible(current, policy), visible(target, policy));
        return new Comparison(comparator.changes, comparator.reported);
    }

    private static SchemaModel visible(SchemaModel model, ComparePolicy policy) {
        return model.withTables(model.tables().stream().filter(t -> !policy.ignores(t.name())).toList())
                .withSequences(model.sequences().stream().filter(s -> !policy.ignores(s.name())).toList())
                .withViews(model.views().stream().filter(v -> !policy.ignores(v.name())).toList());
    }

    private void run(SchemaModel current, SchemaModel target) {
        for (String schema : target.schemas()) {
            if (!current.schemas().contains(schema)) {
                changes.add(Change.of(new CreateSchema(schema), new Difference(ObjectPath.schema(schema),
                        Aspect.PRESENCE, null, schema, Reasons.ONLY_IN_ENTITIES)));
            }
        }
        compareSequences(current, target);
        compareTables(current, target);
        for (View view : current.views()) {
            unmapped(UnmappedKind.VIEW, ObjectPath.view(view.name()),
                    (view.materialized() ? "materialized view" : "view"), List.of());
        }
    }

    private void compareSequences(SchemaModel current, SchemaModel target) {
        for (Sequence wanted : target.sequences()) {
            Optional<Sequence> existing = current.sequence(wanted.name());
            if (existing.isEmpty()) {
                changes.add(Change.of(new CreateSequence(wanted), new Difference(ObjectPath.sequence(wanted.name()),
                        Aspect.PRESENCE, null, "increment " + wanted.increment(), Reasons.ONLY_IN_ENTITIES)));
            } else {
                Sequence completed = completeFrom(wanted, existing.get());
                if (!completed.equals(existing.get())) {
                    List<Difference> differences = SequenceAspect.between(existing.get(), completed).stream()
                            .map(aspect -> new Difference(ObjectPath.sequence(wanted.name()),
                                    Aspect.valueOf(aspect.name()), aspect.valueOf(existing.get()),
                                    aspect.valueOf(completed), "the entities declare " + aspect.name()
                                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                                    + aspect.valueOf(completed)))
                            .toList();
                    changes.add(new Change(new AlterSequence(existing.get(), completed), differences));
                }
            }
        }
        for (Sequence extra : current.sequences()) {
            if (target.sequence(extra.name()).isEmpty()) {
                unmapped(UnmappedKind.SEQUENCE, ObjectPath.sequence(extra.name()), "sequence",
                        List.of(new DropSequence(extra)));
            }
        }
    }

    /** Options the entities leave to the database are whatever the database has. */
    private static Sequence completeFrom(Sequence wanted, Sequence existing) {
        return new Sequence(wanted.name(),
                wanted.dataType() == null ? existing.dataType() : wanted.dataType(),
                wanted.start(), wanted.increment(),
                wanted.minValue() == null ? existing.minValue() : wanted.minValue(),
                wanted.maxValue() == null ? existing.maxValue() : wanted.maxValue(),
                wanted.cache() == null ? existing.cache() : wanted.cache(),
                wanted.cycle());
    }

    private void compareTables(SchemaModel current, SchemaModel target) {
        TableComparator tables = new TableComparator(policy);
        for (Table wanted : target.tables()) {
            Optional<Table> existing = current.table(wanted.name());
            if (existing.isPresent()) {
                tables.compare(existing.get(), wanted);
            } else {
                createTable(wanted);
            }
        }
        changes.addAll(tables.changes());
        reported.addAll(tables.reported());
        Set<QualifiedName> dropped = new HashSet<>();
        for (Table extra : current.tables()) {
            if (target.table(extra.name()).isEmpty()
                    && policy.actionFor(UnmappedKind.TABLE) == UnmappedAction.DROP) {
                dropped.add(extra.name());
            }
        }
        for (Table extra : current.tables()) {
            if (target.table(extra.name()).isEmpty()) {
                unmappedTable(extra, dropped);
            }
        }
    }

    private void createTable(Table wanted) {
        Difference difference = new Difference(ObjectPath.table(wanted.name()), Aspect.PRESENCE, null,
                wanted.columns().size() + " columns", Reasons.ONLY_IN_ENTITIES);
        changes.add(Change.of(new CreateTable(wanted.withoutForeignKeys()), difference));
        for (ForeignKey fk : wanted.foreignKeys()) {
            changes.add(Change.of(new AddConstraint(wanted.name(), fk), new Difference(
                    ObjectPath.constraint(wanted.name(), fk), Aspect.PRESENCE, null, fk.signature(),
                    Reasons.ONLY_IN_ENTITIES)));
        }
    }

    /**
     * A table the entities do not describe. When it is dropped, its own foreign keys go first, and so do the
     * foreign keys of other kept-but-unmapped tables that reference a dropped table (the database would
     * refuse the drop otherwise).
     */
    private void unmappedTable(Table extra, Set<QualifiedName> dropped) {
        List<dev.retort.ops.Operation> drops = new ArrayList<>();
        for (ForeignKey fk : extra.foreignKeys()) {
            if (dropped.contains(extra.name()) || dropped.contains(fk.referencedTable())) {
                drops.add(new DropConstraint(extra.name(), fk));
            }
        }
        if (dropped.contains(extra.name())) {
            drops.add(new DropTable(extra.withoutForeignKeys()));
        }
        unmapped(UnmappedKind.TABLE, ObjectPath.table(extra.name()), "table", drops);
    }

    private void unmapped(UnmappedKind kind, ObjectPath path, String what, List<dev.retort.ops.Operation> drops) {
        UnmappedAction action = policy.actionFor(kind);
        Difference difference = new Difference(path, Aspect.PRESENCE, what, null, Unmapped.reason(kind, action));
        switch (action) {
            case DROP -> drops.forEach(op -> changes.add(Change.of(op, difference)));
            case REPORT -> reported.add(difference);
            case IGNORE -> { }
        }
    }
}
