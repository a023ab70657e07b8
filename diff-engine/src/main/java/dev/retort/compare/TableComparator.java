package dev.retort.compare;

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

    private final ComparePolicy policy;
    private final List<Change> changes = new ArrayList<>();
    private final List<Difference> reported = new ArrayList<>();

    TableComparator(ComparePolicy policy) {
        this.policy = policy;
    }

    List<Change> changes() {
        return changes;
    }

    List<Difference> reported() {
        return reported;
    }

    void compare(Table current, Table target) {
        QualifiedName table = target.name();
        compareColumns(table, current.columns(), target.columns());
        if (!Objects.equals(current.comment(), target.comment())) {
            changes.add(Change.of(new SetTableComment(table, current.comment(), target.comment()),
                    new Difference(ObjectPath.table(table), Aspect.COMMENT, current.comment(), target.comment(),
                            "the entities declare another table comment")));
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
                changes.add(Change.of(new AddColumn(table, wanted),
                        new Difference(path, Aspect.PRESENCE, null, wanted.type().sql(), Reasons.columnAdded(wanted))));
            } else if (!existing.equals(wanted)) {
                List<Difference> differences = ColumnAspect.between(existing, wanted).stream()
                        .map(aspect -> new Difference(path, aspectOf(aspect), aspect.valueOf(existing),
                                aspect.valueOf(wanted), Reasons.columnChanged(aspect, existing, wanted)))
                        .toList();
                changes.add(new Change(new AlterColumn(table, existing, wanted), differences));
            }
        }
        for (Column existing : current) {
            if (target.stream().noneMatch(c -> c.name().equals(existing.name()))) {
                changes.add(Change.of(new DropColumn(table, existing),
                        new Difference(ObjectPath.column(table, existing.name()), Aspect.PRESENCE,
                                existing.type().sql(), null, Reasons.ONLY_IN_DATABASE)));
            }
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
            changes.add(Change.of(new AddConstraint(table, added), presence(table, added, null, added.signature(),
                    Reasons.ONLY_IN_ENTITIES)));
        }
        for (C dropped : pairing.onlyCurrent()) {
            changes.add(Change.of(new DropConstraint(table, dropped), presence(table, dropped, dropped.signature(),
                    null, Reasons.ONLY_IN_DATABASE)));
        }
        for (Pair<C> pair : pairing.paired()) {
            renameIfNeeded(table, pair.current(), pair.target());
        }
    }

    private void renameIfNeeded(QualifiedName table, Constraint current, Constraint target) {
        if (target.name() != null && !target.name().equals(current.name())) {
            changes.add(Change.of(new RenameConstraint(table, current, target.name()),
                    new Difference(ObjectPath.constraint(table, current), Aspect.NAME, current.name(), target.name(),
                            "same " + current.kind() + ", named differently by the entities")));
        }
    }

    private void compareForeignKeys(QualifiedName table, List<ForeignKey> current, List<ForeignKey> target) {
        Pairing<ForeignKey> pairing = SignatureMatcher.pair(current, target, Constraint::signature,
                Constraint::name);
        List<ForeignKey> added = new ArrayList<>(pairing.onlyTarget());
        List<ForeignKey> dropped = new ArrayList<>(pairing.onlyCurrent());
        for (Pair<ForeignKey> pair : pairing.paired()) {
            ForeignKey existing = pair.current();
            ForeignKey wanted = pair.target();
            List<Difference> ruleDifferences = ruleDifferences(table, existing, wanted);
            if (ruleDifferences.isEmpty()) {
                renameIfNeeded(table, existing, wanted);
            } else {
                // PostgreSQL cannot alter a foreign key's actions in place: drop it and add it as wanted.
                changes.add(new Change(new DropConstraint(table, existing), ruleDifferences));
                changes.add(new Change(new AddConstraint(table, wanted.name() == null
                        ? wanted.withName(existing.name()) : wanted), ruleDifferences));
            }
        }
        for (ForeignKey fk : added) {
            changes.add(Change.of(new AddConstraint(table, fk), presence(table, fk, null, fk.signature(),
                    Reasons.ONLY_IN_ENTITIES)));
        }
        for (ForeignKey fk : dropped) {
            changes.add(Change.of(new DropConstraint(table, fk), presence(table, fk, fk.signature(), null,
                    Reasons.ONLY_IN_DATABASE)));
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
        return current.equals(target) ? null
                : new Difference(path, aspect, current, target, "the entities declare " + aspect.label() + " " + target);
    }

    private void compareIndexes(QualifiedName table, List<Index> current, List<Index> target) {
        Pairing<Index> pairing = SignatureMatcher.pair(current, target, Index::signature, Index::name);
        for (Index added : pairing.onlyTarget()) {
            changes.add(Change.of(new CreateIndex(table, added), new Difference(ObjectPath.index(table, added.name()),
                    Aspect.PRESENCE, null, added.signature(), Reasons.ONLY_IN_ENTITIES)));
        }
        for (Index extra : pairing.onlyCurrent()) {
            unmappedIndex(table, extra);
        }
        for (Pair<Index> pair : pairing.paired()) {
            if (!pair.current().name().equals(pair.target().name())) {
                changes.add(Change.of(new RenameIndex(table, pair.current(), pair.target().name()),
                        new Difference(ObjectPath.index(table, pair.current().name()), Aspect.NAME,
                                pair.current().name(), pair.target().name(), "same index, named differently by the entities")));
            }
        }
    }

    private void unmappedIndex(QualifiedName table, Index extra) {
        if (policy.ignores(new QualifiedName(table.schema(), extra.name()))) {
            return;
        }
        UnmappedAction action = policy.actionFor(UnmappedKind.INDEX);
        Difference difference = new Difference(ObjectPath.index(table, extra.name()), Aspect.PRESENCE,
                extra.signature(), null, Unmapped.reason(UnmappedKind.INDEX, action));
        switch (action) {
            case DROP -> changes.add(Change.of(new DropIndex(table, extra), difference));
            case REPORT -> reported.add(difference);
            case IGNORE -> { }
        }
    }

    private static Difference presence(QualifiedName table, Constraint constraint, String from, String to,
                                       String reason) {
        return new Difference(ObjectPath.constraint(table, constraint), Aspect.PRESENCE, from, to, reason);
    }

    private static <T> List<T> nullable(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
