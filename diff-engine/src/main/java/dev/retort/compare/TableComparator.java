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
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Compares one table that both sides have: columns, comment, constraints and indexes. */
final class TableComparator {

    private final Outcome outcome;
    private final TypeWidening widening;

    TableComparator(Outcome outcome, TypeWidening widening) {
        this.outcome = outcome;
        this.widening = widening;
    }

    void compare(Table current, Table target) {
        QualifiedName table = target.name();
        compareColumns(table, current.columns(), target.columns());
        if (!Objects.equals(current.comment(), target.comment())) {
            outcome.decide(new Difference(ObjectPath.table(table), Aspect.COMMENT, current.comment(), target.comment(),
                    "the entities declare another table comment", Category.TABLE_COMMENT),
                    () -> List.of(new SetTableComment(table, current.comment(), target.comment())));
        }
        compareConstraints(table, nullable(current.primaryKey()), nullable(target.primaryKey()));
        compareConstraints(table, current.uniqueConstraints(), target.uniqueConstraints());
        compareConstraints(table, current.checks(), target.checks());
        compareForeignKeys(table, current.foreignKeys(), target.foreignKeys());
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

    private <C extends Constraint> void compareConstraints(QualifiedName table, List<C> current, List<C> target) {
        Pairing<C> pairing = SignatureMatcher.pair(current, target, Constraint::signature, Constraint::name);
        for (C added : pairing.onlyTarget()) {
            outcome.decide(presence(table, added, null, added.signature(), Reasons.ONLY_IN_ENTITIES,
                    Category.CONSTRAINT_MISSING), () -> List.of(new AddConstraint(table, added)));
        }
        for (C dropped : pairing.onlyCurrent()) {
            outcome.decide(presence(table, dropped, dropped.signature(), null, Reasons.ONLY_IN_DATABASE,
                    Category.CONSTRAINT_EXTRA), () -> List.of(new DropConstraint(table, dropped)));
        }
        for (Pair<C> pair : pairing.paired()) {
            renameIfNeeded(table, pair.current(), pair.target());
        }
    }

    private void renameIfNeeded(QualifiedName table, Constraint current, Constraint target) {
        if (target.name() != null && !target.name().equals(current.name())) {
            outcome.decide(new Difference(ObjectPath.constraint(table, current), Aspect.NAME, current.name(),
                    target.name(), "same " + current.kind() + ", named differently by the entities",
                    Category.CONSTRAINT_NAME), () -> List.of(new RenameConstraint(table, current, target.name())));
        }
    }

    private void compareForeignKeys(QualifiedName table, List<ForeignKey> current, List<ForeignKey> target) {
        Pairing<ForeignKey> pairing = SignatureMatcher.pair(current, target, Constraint::signature,
                Constraint::name);
        for (Pair<ForeignKey> pair : pairing.paired()) {
            ForeignKey existing = pair.current();
            ForeignKey wanted = pair.target();
            List<Difference> ruleDifferences = ruleDifferences(table, existing, wanted);
            if (ruleDifferences.isEmpty()) {
                renameIfNeeded(table, existing, wanted);
            } else if (ruleDifferences.stream().map(outcome::actionFor).allMatch(a -> a == Action.APPLY)) {
                // PostgreSQL cannot alter a foreign key's actions in place: drop it and add it as wanted.
                ForeignKey named = wanted.name() == null ? wanted.withName(existing.name()) : wanted;
                outcome.apply(new Change(new DropConstraint(table, existing), ruleDifferences));
                outcome.apply(new Change(new AddConstraint(table, named), ruleDifferences));
            } else {
                ruleDifferences.stream().filter(d -> outcome.actionFor(d) == Action.REPORT).forEach(outcome::report);
            }
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

    private static List<Difference> ruleDifferences(QualifiedName table, ForeignKey current, ForeignKey target) {
        ObjectPath path = ObjectPath.constraint(table, current);
        return Stream.of(
                        rule(path, Aspect.ON_DELETE, current.onDelete().sql(), target.onDelete().sql()),
                        rule(path, Aspect.ON_UPDATE, current.onUpdate().sql(), target.onUpdate().sql()),
                        rule(path, Aspect.DEFERRAL, current.deferral().name(), target.deferral().name()))
                .flatMap(Stream::ofNullable).toList();
    }

    private static Difference rule(ObjectPath path, Aspect aspect, String current, String target) {
        return current.equals(target) ? null : new Difference(path, aspect, current, target,
                "the entities declare " + aspect.label() + " " + target, Category.FOREIGN_KEY_RULES);
    }

    private void compareIndexes(QualifiedName table, List<Index> current, List<Index> target) {
        Pairing<Index> pairing = SignatureMatcher.pair(current, target, Index::signature, Index::name);
        for (Index added : pairing.onlyTarget()) {
            outcome.decide(new Difference(ObjectPath.index(table, added.name()), Aspect.PRESENCE, null,
                    added.signature(), Reasons.ONLY_IN_ENTITIES, Category.INDEX_MISSING),
                    () -> List.of(new CreateIndex(table, added)));
        }
        for (Index extra : pairing.onlyCurrent()) {
            if (!outcome.policy().ignores(new QualifiedName(table.schema(), extra.name()))) {
                outcome.decide(new Difference(ObjectPath.index(table, extra.name()), Aspect.PRESENCE,
                        extra.signature(), null, Reasons.NOT_DESCRIBED, Category.INDEX_EXTRA),
                        () -> List.<Operation>of(new DropIndex(table, extra)));
            }
        }
        for (Pair<Index> pair : pairing.paired()) {
            if (!pair.current().name().equals(pair.target().name())) {
                outcome.decide(new Difference(ObjectPath.index(table, pair.current().name()), Aspect.NAME,
                        pair.current().name(), pair.target().name(), "same index, named differently by the entities",
                        Category.INDEX_NAME), () -> List.of(new RenameIndex(table, pair.current(),
                        pair.target().name())));
            }
        }
    }

    private static Difference presence(QualifiedName table, Constraint constraint, String from, String to,
                                       String reason, Category category) {
        return new Difference(ObjectPath.constraint(table, constraint), Aspect.PRESENCE, from, to, reason, category);
    }

    private static <T> List<T> nullable(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
