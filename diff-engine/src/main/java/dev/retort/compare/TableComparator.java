package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.compare.SignatureMatcher.Pair;
import dev.retort.compare.SignatureMatcher.Pairing;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Deferral;
import dev.retort.schema.Identity;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Compares one table that both sides have: columns, comment, constraints and indexes. */
final class TableComparator {

    private final Outcome outcome;
    private final TypeWidening widening;
    private final MadeUpNames madeUpNames;
    private final RelationNames relationNames;
    private final Map<QualifiedName, QualifiedName> renamedFrom;

    /** @param renamedFrom the tables a declared rename renamed, by new name: their old names */
    TableComparator(Outcome outcome, CompareOptions options, RelationNames relationNames,
                    Map<QualifiedName, QualifiedName> renamedFrom) {
        this.outcome = outcome;
        this.widening = options.widening();
        this.madeUpNames = options.madeUpNames();
        this.relationNames = relationNames;
        this.renamedFrom = renamedFrom;
    }

    void compare(Table current, Table target) {
        QualifiedName table = target.name();
        compareColumns(table, current.columns(), target.columns());
        if (!Objects.equals(current.comment(), target.comment())) {
            outcome.decide(new Difference(ObjectPath.table(table), Aspect.COMMENT, current.comment(), target.comment(),
                    target.comment() == null ? "the entities declare no table comment"
                            : "the entities declare another table comment",
                    target.comment() == null ? Category.TABLE_COMMENT_EXTRA : Category.TABLE_COMMENT),
                    () -> List.of(new SetTableComment(table, current.comment(), target.comment())));
        }
        List<Constraint> currentOfTable = current.constraints();
        compareConstraints(table, nullable(current.primaryKey()), nullable(target.primaryKey()), currentOfTable);
        compareConstraints(table, current.uniqueConstraints(), target.uniqueConstraints(), currentOfTable);
        compareConstraints(table, current.checks(), target.checks(), currentOfTable);
        compareForeignKeys(table, current.foreignKeys(), target.foreignKeys(), currentOfTable);
        compareIndexes(table, current.indexes(), target.indexes());
    }

    private void compareColumns(QualifiedName table, List<Column> current, List<Column> target) {
        for (Column wanted : target) {
            Column existing = current.stream().filter(c -> c.name().equals(wanted.name())).findFirst().orElse(null);
            ObjectPath path = ObjectPath.column(table, wanted.name());
            if (existing == null) {
                outcome.decide(new Difference(path, Aspect.PRESENCE, null, wanted.type().sql(),
                        Reasons.columnAdded(wanted), Category.COLUMN_MISSING), () -> List.of(new AddColumn(table, wanted)));
            } else if (!existing.equals(wanted)) {
                alterColumn(table, path, existing, wanted);
            }
        }
        for (Column existing : current) {
            if (target.stream().noneMatch(c -> c.name().equals(existing.name()))) {
                outcome.decide(new Difference(ObjectPath.column(table, existing.name()), Aspect.PRESENCE,
                        existing.type().sql(), null, Reasons.ONLY_IN_DATABASE, Category.COLUMN_EXTRA),
                        () -> List.of(new DropColumn(table, existing)));
            }
        }
    }

    /** One AlterColumn carrying only the aspects the policy applies; the others are reported or ignored. */
    private void alterColumn(QualifiedName table, ObjectPath path, Column existing, Column wanted) {
        Column to = existing;
        List<Difference> applied = new ArrayList<>();
        for (ColumnAspect aspect : ColumnAspect.between(existing, wanted)) {
            Difference difference = new Difference(path, aspectOf(aspect), aspect.valueOf(existing),
                    aspect.valueOf(wanted), Reasons.columnChanged(aspect, existing, wanted),
                    Reasons.columnCategory(aspect, existing, wanted, widening));
            if (aspect == ColumnAspect.IDENTITY && (existing.identity() == Identity.ALWAYS
                    || wanted.identity() == Identity.ALWAYS)) {
                // A mapping makes identities "by default" only: "always" is the database's own choice.
                difference = difference.beyondEntities();
            }
            Action action = outcome.actionFor(difference);
            if (action == Action.APPLY) {
                to = aspect.copy(to, wanted);
                applied.add(difference);
            } else if (action == Action.REPORT) {
                outcome.report(difference);
            }
        }
        if (!applied.isEmpty()) {
            outcome.apply(new Change(new AlterColumn(table, existing, to), applied));
        }
    }

    private static Aspect aspectOf(ColumnAspect aspect) {
        return switch (aspect) {
            case TYPE -> Aspect.TYPE;
            case NULLABILITY -> Aspect.NULLABILITY;
            case DEFAULT -> Aspect.DEFAULT;
            case IDENTITY -> Aspect.IDENTITY;
            case COMMENT -> Aspect.COMMENT;
        };
    }

    private <C extends Constraint> void compareConstraints(QualifiedName table, List<C> current, List<C> target,
                                                           List<Constraint> currentOfTable) {
        Pairing<C> pairing = SignatureMatcher.pair(current, target, Constraint::pairingKey, Constraint::name);
        for (C added : pairing.onlyTarget()) {
            outcome.decide(presence(table, added, null, added.signature(), Reasons.ONLY_IN_ENTITIES,
                    Category.CONSTRAINT_MISSING), () -> List.of(new AddConstraint(table, added)));
        }
        for (C dropped : pairing.onlyCurrent()) {
            outcome.decide(presence(table, dropped, dropped.signature(), null, Reasons.ONLY_IN_DATABASE,
                    Category.CONSTRAINT_EXTRA), () -> List.of(new DropConstraint(table, dropped)));
        }
        for (Pair<C> pair : pairing.paired()) {
            renameIfNeeded(table, pair.current(), pair.target(), currentOfTable);
        }
    }

    /**
     * A name the mapping states is intent: the constraint is renamed to it, unless the name is taken (then the
     * rename is reported, as the database would refuse it). A name nobody chose is no difference at all.
     */
    private void renameIfNeeded(QualifiedName table, Constraint current, Constraint target,
                                List<Constraint> currentOfTable) {
        if (target.name() == null || target.name().equals(current.name())
                || madeUpNames.contains(ObjectPath.constraint(table, target))
                && !followsRenamedTable(table, current.name(), target.name())) {
            return;
        }
        Difference difference = new Difference(ObjectPath.constraint(table, current), Aspect.NAME, current.name(),
                target.name(), "same " + current.kind() + ", named differently by the entities",
                Category.CONSTRAINT_NAME).withIdentity(current.signature());
        Optional<String> holder = constraintNameHolder(table, current, target.name(), currentOfTable);
        if (holder.isPresent()) {
            reportTaken(difference, target.name(), holder.get());
        } else {
            outcome.decide(difference, () -> List.of(new RenameConstraint(table, current, target.name())));
        }
    }

    /**
     * What already holds a constraint name on this table: another constraint of the table, or, for a primary key or
     * unique constraint (whose index takes the name too), any relation of the schema.
     */
    private Optional<String> constraintNameHolder(QualifiedName table, Constraint renamed, String name,
                                                  List<Constraint> currentOfTable) {
        Optional<String> constraint = currentOfTable.stream().filter(c -> name.equals(c.name()))
                .map(c -> "the " + c.kind() + " " + c.name() + " of " + table).findFirst();
        if (constraint.isPresent() || !(renamed instanceof PrimaryKey || renamed instanceof UniqueConstraint)) {
            return constraint;
        }
        return relationNames.holder(new QualifiedName(table.schema(), name));
    }

    private void reportTaken(Difference difference, String name, String holder) {
        if (outcome.actionFor(difference) != Action.IGNORE) {
            outcome.report(new Difference(difference.path(), difference.aspect(), difference.from(), difference.to(),
                    difference.reason() + ", but " + holder + " holds the name " + name
                            + " (rename it first, by hand)", difference.category()).withIdentity(difference.identity()));
        }
    }

    private void compareForeignKeys(QualifiedName table, List<ForeignKey> current, List<ForeignKey> target,
                                    List<Constraint> currentOfTable) {
        Pairing<ForeignKey> pairing = SignatureMatcher.pair(current, target, Constraint::signature,
                Constraint::name);
        for (Pair<ForeignKey> pair : pairing.paired()) {
            ForeignKey existing = pair.current();
            ForeignKey wanted = pair.target();
            List<Difference> ruleDifferences = ruleDifferences(table, existing, wanted);
            List<Difference> applied = ruleDifferences.stream().filter(d -> outcome.actionFor(d) == Action.APPLY)
                    .toList();
            ruleDifferences.stream().filter(d -> outcome.actionFor(d) == Action.REPORT).forEach(outcome::report);
            if (applied.isEmpty()) {
                renameIfNeeded(table, existing, wanted, currentOfTable);
                continue;
            }
            // PostgreSQL cannot alter a foreign key's rules in place: drop it and add it with the applied rules (the
            // others as the database has them), under the name the mapping states, else under the database's.
            ForeignKey rebuilt = existing;
            for (Difference difference : applied) {
                rebuilt = withRule(rebuilt, wanted, difference.aspect());
            }
            boolean stated = !madeUpNames.contains(ObjectPath.constraint(table, wanted))
                    && constraintNameHolder(table, existing, wanted.name(), currentOfTable.stream()
                    .filter(c -> c != existing).toList()).isEmpty();
            ForeignKey named = rebuilt.withName(stated ? wanted.name() : existing.name());
            outcome.apply(new Change(new DropConstraint(table, existing), applied));
            outcome.apply(new Change(new AddConstraint(table, named), applied));
        }
        for (ForeignKey fk : pairing.onlyTarget()) {
            outcome.decide(presence(table, fk, null, fk.signature(), Reasons.ONLY_IN_ENTITIES,
                    Category.CONSTRAINT_MISSING), () -> List.of(new AddConstraint(table, fk)));
        }
        for (ForeignKey fk : pairing.onlyCurrent()) {
            outcome.decide(presence(table, fk, fk.signature(), null, Reasons.ONLY_IN_DATABASE,
                    Category.CONSTRAINT_EXTRA), () -> List.of(new DropConstraint(table, fk)));
        }
    }

    private static ForeignKey withRule(ForeignKey base, ForeignKey source, Aspect aspect) {
        return switch (aspect) {
            case ON_DELETE -> base.withOnDelete(source.onDelete());
            case ON_UPDATE -> base.withOnUpdate(source.onUpdate());
            case DEFERRAL -> base.withDeferral(source.deferral());
            default -> throw new IllegalArgumentException("not a foreign key rule: " + aspect);
        };
    }

    /**
     * The rules in which the keys differ. A rule the entities leave at the default while the database has one of its
     * own is {@link Category#FOREIGN_KEY_RULES_EXTRA}; ON UPDATE and deferral are beyond what a mapping can state.
     */
    private static List<Difference> ruleDifferences(QualifiedName table, ForeignKey current, ForeignKey target) {
        ObjectPath path = ObjectPath.constraint(table, current);
        return Stream.of(
                        rule(path, Aspect.ON_DELETE, current.onDelete().sql(), target.onDelete().sql(),
                                ReferentialAction.NO_ACTION.sql()),
                        rule(path, Aspect.ON_UPDATE, current.onUpdate().sql(), target.onUpdate().sql(),
                                ReferentialAction.NO_ACTION.sql()),
                        rule(path, Aspect.DEFERRAL, current.deferral().name(), target.deferral().name(),
                                Deferral.NOT_DEFERRABLE.name()))
                .flatMap(Stream::ofNullable)
                .map(d -> d.withIdentity(current.signature()))
                .map(d -> d.aspect() == Aspect.ON_DELETE ? d : d.beyondEntities())
                .toList();
    }

    private static Difference rule(ObjectPath path, Aspect aspect, String current, String target,
                                   String unstated) {
        if (current.equals(target)) {
            return null;
        }
        return target.equals(unstated)
                ? new Difference(path, aspect, current, target, "the entities declare no " + aspect.label() + " rule",
                Category.FOREIGN_KEY_RULES_EXTRA)
                : new Difference(path, aspect, current, target, "the entities declare " + aspect.label() + " " + target,
                Category.FOREIGN_KEY_RULES);
    }

    private void compareIndexes(QualifiedName table, List<Index> current, List<Index> target) {
        Pairing<Index> pairing = SignatureMatcher.pair(current, target, Index::signature, Index::name);
        for (Index added : pairing.onlyTarget()) {
            outcome.decide(new Difference(ObjectPath.index(table, added.name()), Aspect.PRESENCE, null,
                    added.signature(), Reasons.ONLY_IN_ENTITIES, Category.INDEX_MISSING)
                    .withIdentity(added.signature()), () -> List.of(new CreateIndex(table, added)));
        }
        for (Index extra : pairing.onlyCurrent()) {
            if (!outcome.policy().ignores(new QualifiedName(table.schema(), extra.name()))) {
                Difference difference = new Difference(ObjectPath.index(table, extra.name()), Aspect.PRESENCE,
                        extra.signature(), null, Reasons.NOT_DESCRIBED, Category.INDEX_EXTRA)
                        .withIdentity(extra.signature());
                outcome.decide(isMappable(extra) ? difference : difference.beyondEntities(),
                        () -> List.<Operation>of(new DropIndex(table, extra)));
            }
        }
        for (Pair<Index> pair : pairing.paired()) {
            renameIndexIfNeeded(table, pair.current(), pair.target());
        }
    }

    /** What {@code @Index} can state: a b-tree index on columns, over the whole table. */
    private static boolean isMappable(Index index) {
        return index.method().equals("btree") && index.predicate() == null
                && index.keys().stream().allMatch(IndexKey::isColumn);
    }

    private void renameIndexIfNeeded(QualifiedName table, Index current, Index target) {
        if (current.name().equals(target.name()) || madeUpNames.contains(ObjectPath.index(table, target.name()))
                && !followsRenamedTable(table, current.name(), target.name())) {
            return;
        }
        Difference difference = new Difference(ObjectPath.index(table, current.name()), Aspect.NAME, current.name(),
                target.name(), "same index, named differently by the entities", Category.INDEX_NAME)
                .withIdentity(current.signature());
        Optional<String> holder = relationNames.holder(new QualifiedName(table.schema(), target.name()));
        if (holder.isPresent()) {
            reportTaken(difference, target.name(), holder.get());
        } else {
            outcome.decide(difference, () -> List.of(new RenameIndex(table, current, target.name())));
        }
    }

    /**
     * A name made of the old table's name that the entities make of the new one ({@code customer_pkey} for
     * {@code client_pkey}): renamed with the table even when nobody chose it, so that the database's names are those
     * the entities would build.
     */
    private boolean followsRenamedTable(QualifiedName table, String current, String target) {
        QualifiedName old = renamedFrom.get(table);
        String oldPrefix = old == null ? null : old.name() + "_";
        String newPrefix = table.name() + "_";
        return oldPrefix != null && current.startsWith(oldPrefix) && target.startsWith(newPrefix)
                && current.substring(oldPrefix.length()).equals(target.substring(newPrefix.length()));
    }

    private static Difference presence(QualifiedName table, Constraint constraint, String from, String to,
                                       String reason, Category category) {
        return new Difference(ObjectPath.constraint(table, constraint), Aspect.PRESENCE, from, to, reason, category)
                .withIdentity(constraint.signature());
    }

    private static <T> List<T> nullable(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
