package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.EnumUse;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.SequenceAspect;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a normalized database model ({@code current}) with a normalized entity model ({@code target}). Both
 * sides must be in canonical form (see the dialect's normalization): this class compares values, never
 * spellings. Every difference gets a category; the policy decides, per category and object name, whether it
 * becomes an operation, is reported, or is ignored.
 */
public final class SchemaComparator {

    private final Outcome outcome;
    private final CompareOptions options;
    /** The tables the declared renames renamed, by new name: their old names. */
    private Map<QualifiedName, QualifiedName> renamedFrom = Map.of();

    private SchemaComparator(CompareOptions options) {
        this.outcome = new Outcome(options.policy(), options.attribution());
        this.options = options;
    }

    /** Compares a database nothing is known about with the entities: each kind's conservative default holds. */
    public static Comparison compare(SchemaModel current, SchemaModel target, ComparePolicy policy,
                                     TypeWidening widening) {
        return compare(current, target, CompareOptions.withoutHistory(policy, widening));
    }

    public static Comparison compare(SchemaModel current, SchemaModel target, CompareOptions options) {
        SchemaComparator comparator = new SchemaComparator(options);
        SchemaModel visibleTarget = visible(target, options.policy());
        HintedRenames.Result renamed = HintedRenames.apply(visible(current, options.policy()), visibleTarget,
                options.renames(), comparator.outcome);
        comparator.renamedFrom = renamed.renamedFrom();
        SchemaModel visibleCurrent = renamed.current();
        comparator.run(visibleCurrent, visibleTarget);
        DroppedAlong.add(visibleCurrent, comparator.outcome);
        ViewKeeper.keep(current.views(), comparator.outcome.changes(), comparator.outcome);
        return comparator.outcome.comparison();
    }

    private static SchemaModel visible(SchemaModel model, ComparePolicy policy) {
        return model.withTables(model.tables().stream().filter(t -> !policy.ignores(t.name())).toList())
                .withSequences(model.sequences().stream().filter(s -> !policy.ignores(s.name())).toList())
                .withViews(model.views().stream().filter(v -> !policy.ignores(v.name())).toList());
    }

    private void run(SchemaModel current, SchemaModel target) {
        for (String schema : target.schemas()) {
            if (!current.schemas().contains(schema)) {
                outcome.decide(new Difference(ObjectPath.schema(schema), Aspect.PRESENCE, null, schema,
                        Reasons.ONLY_IN_ENTITIES, Category.SCHEMA_MISSING), () -> List.of(new CreateSchema(schema)));
            }
        }
        compareSequences(current, target);
        compareEnumTypes(current, target);
        compareTables(current, target);
        for (String schema : current.schemas()) {
            if (!target.schemas().contains(schema) && !schema.equals("public")) {
                outcome.decide(new Difference(ObjectPath.schema(schema), Aspect.PRESENCE, schema, null,
                        Reasons.NOT_DESCRIBED, Category.SCHEMA_EXTRA), () -> List.of(new DropSchema(schema)));
            }
        }
        reportUnsupported(current, "the database has ");
        reportUnsupported(target, "the entities ask for ");
        for (View view : current.views()) {
            outcome.decide(new Difference(ObjectPath.view(view.name()), Aspect.PRESENCE,
                    view.materialized() ? "materialized view" : "view", null, Reasons.NOT_DESCRIBED,
                    Category.VIEW_EXTRA).beyondEntities(), List::of);
        }
    }

    /** What a side has that retort cannot compare is reported (or ignored, if the policy says so), never skipped. */
    private void reportUnsupported(SchemaModel side, String whose) {
        for (Unsupported unsupported : side.unsupported()) {
            outcome.decide(new Difference(unsupported.path(), Aspect.SUPPORT, null, null,
                    whose + unsupported.what() + ", which retort cannot compare", Category.UNSUPPORTED)
                    .withIdentity(unsupported.path().member() + " " + unsupported.what()).beyondEntities(), List::of);
        }
    }

    private void compareSequences(SchemaModel current, SchemaModel target) {
        for (Sequence wanted : target.sequences()) {
            Optional<Sequence> existing = current.sequence(wanted.name());
            ObjectPath path = ObjectPath.sequence(wanted.name());
            if (existing.isEmpty()) {
                outcome.decide(new Difference(path, Aspect.PRESENCE, null, "increment " + wanted.increment(),
                        Reasons.ONLY_IN_ENTITIES, Category.SEQUENCE_MISSING), () -> List.of(new CreateSequence(wanted)));
                continue;
            }
            Sequence completed = completeFrom(wanted, existing.get());
            if (!completed.equals(existing.get())) {
                List<Difference> differences = SequenceAspect.between(existing.get(), completed).stream()
                        .map(aspect -> new Difference(path, Aspect.valueOf(aspect.name()),
                                aspect.valueOf(existing.get()), aspect.valueOf(completed), "the entities declare "
                                + aspect.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                                + aspect.valueOf(completed), Category.SEQUENCE_OPTIONS))
                        .toList();
                Action action = outcome.actionFor(differences.get(0));
                if (action == Action.APPLY) {
                    outcome.apply(new Change(new AlterSequence(existing.get(), completed), differences));
                } else if (action == Action.REPORT) {
                    differences.forEach(outcome::report);
                }
            }
        }
        for (Sequence extra : current.sequences()) {
            if (target.sequence(extra.name()).isEmpty()) {
                outcome.decide(new Difference(ObjectPath.sequence(extra.name()), Aspect.PRESENCE, "sequence", null,
                        Reasons.NOT_DESCRIBED, Category.SEQUENCE_EXTRA), () -> List.of(new DropSequence(extra)));
            }
        }
    }

    private void compareEnumTypes(SchemaModel current, SchemaModel target) {
        for (EnumType wanted : target.enumTypes()) {
            ObjectPath path = ObjectPath.enumType(wanted.name());
            Optional<EnumType> existing = current.enumType(wanted.name());
            if (existing.isEmpty()) {
                outcome.decide(new Difference(path, Aspect.PRESENCE, null, String.join(", ", wanted.labels()),
                        Reasons.ONLY_IN_ENTITIES, Category.ENUM_TYPE_MISSING), () -> List.of(new CreateEnumType(wanted)));
            } else if (!existing.get().equals(wanted)) {
                EnumType from = existing.get();
                String reason = from.labels().equals(wanted.labels())
                        ? (wanted.varcharCasts() ? "the entities' mapping needs" : "the entities do not need")
                        + " the implicit varchar casts Hibernate creates for a named enum"
                        : from.isExtendedBy(wanted) ? "the entities add labels" : "the entities remove or reorder labels";
                outcome.decide(new Difference(path, Aspect.VALUES, describe(from), describe(wanted), reason,
                        Category.ENUM_TYPE_VALUES),
                        () -> List.of(new AlterEnumType(from, wanted, uses(wanted, current, target))));
            }
        }
        for (EnumType extra : current.enumTypes()) {
            if (target.enumType(extra.name()).isEmpty()) {
                outcome.decide(new Difference(ObjectPath.enumType(extra.name()), Aspect.PRESENCE,
                        String.join(", ", extra.labels()), null, Reasons.NOT_DESCRIBED, Category.ENUM_TYPE_EXTRA),
                        () -> List.of(new DropEnumType(extra)));
            }
        }
    }

    private static String describe(EnumType type) {
        return String.join(", ", type.labels()) + (type.varcharCasts() ? " (with varchar casts)" : "");
    }

    /** The columns of the type on both sides: those the change must convert when it recreates the type. */
    private static List<EnumUse> uses(EnumType type, SchemaModel current, SchemaModel target) {
        List<EnumUse> uses = new ArrayList<>();
        for (Table table : current.tables()) {
            Optional<Table> wanted = target.table(table.name());
            for (dev.retort.schema.Column column : table.columns()) {
                boolean ofType = column.type().userType().map(type.name()::equals).orElse(false);
                boolean stays = wanted.flatMap(t -> t.column(column.name())).map(c -> c.type().equals(column.type()))
                        .orElse(false);
                if (ofType && stays) {
                    uses.add(new EnumUse(table.name(), column));
                }
            }
        }
        return uses;
    }

    /** Options the entities leave to the database are whatever the database has. */
    private static Sequence completeFrom(Sequence wanted, Sequence existing) {
        return new Sequence(wanted.name(),
                wanted.dataType() == null ? existing.dataType() : wanted.dataType(),
                wanted.start() == null ? existing.start() : wanted.start(), wanted.increment(),
                wanted.minValue() == null ? existing.minValue() : wanted.minValue(),
                wanted.maxValue() == null ? existing.maxValue() : wanted.maxValue(),
                wanted.cache() == null ? existing.cache() : wanted.cache(),
                wanted.cycle());
    }

    private void compareTables(SchemaModel current, SchemaModel target) {
        TableComparator tables = new TableComparator(outcome, options, RelationNames.of(current), renamedFrom);
        for (Table wanted : target.tables()) {
            Optional<Table> existing = current.table(wanted.name());
            if (existing.isPresent()) {
                tables.compare(existing.get(), wanted);
            } else {
                createTable(wanted);
            }
        }
        for (Table extra : current.tables()) {
            if (target.table(extra.name()).isEmpty()) {
                outcome.decide(extraTable(extra), () -> dropTable(extra));
            }
        }
    }

    private static Difference extraTable(Table extra) {
        return new Difference(ObjectPath.table(extra.name()), Aspect.PRESENCE, "table", null, Reasons.NOT_DESCRIBED,
                Category.TABLE_EXTRA);
    }

    private void createTable(Table wanted) {
        Difference difference = new Difference(ObjectPath.table(wanted.name()), Aspect.PRESENCE, null,
                wanted.columns().size() + " columns", Reasons.ONLY_IN_ENTITIES, Category.TABLE_MISSING);
        outcome.decide(difference, () -> {
            List<Operation> operations = new ArrayList<>();
            operations.add(new CreateTable(wanted.withoutForeignKeys()));
            wanted.foreignKeys().forEach(fk -> operations.add(new AddConstraint(wanted.name(), fk)));
            return operations;
        });
    }

    /**
     * Dropping a table the entities do not describe: its own foreign keys go first (the foreign keys of other tables
     * that reference it are {@link DroppedAlong}'s to drop).
     */
    private static List<Operation> dropTable(Table extra) {
        List<Operation> operations = new ArrayList<>();
        for (ForeignKey fk : extra.foreignKeys()) {
            operations.add(new DropConstraint(extra.name(), fk));
        }
        operations.add(new DropTable(extra.withoutForeignKeys()));
        return operations;
    }
}
