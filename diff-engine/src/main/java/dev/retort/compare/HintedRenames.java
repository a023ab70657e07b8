package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.compare.Renames.ColumnRename;
import dev.retort.compare.Renames.TableRename;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.ModelEditor;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameSequence;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the declared renames that this comparison's two sides call for, before anything else is compared: the
 * database's side is renamed the way PostgreSQL renames (see {@link ModelEditor}), so that the rest of the comparison
 * pairs the renamed table or column with the entities' one and finds only what else changed (a wider type, a new
 * index). With a table go the sequences named after it ({@code customer_seq} for {@code client_seq}), so that they
 * keep counting. A check or an expression index that reads a renamed column is dropped before the rename (the
 * comparison then adds the entities' version after it), as retort does not rewrite SQL text.
 */
final class HintedRenames {

    private final Outcome outcome;
    private final Map<QualifiedName, QualifiedName> renamedTables = new HashMap<>();
    private SchemaModel current;

    private HintedRenames(SchemaModel current, Outcome outcome) {
        this.current = current;
        this.outcome = outcome;
    }

    /** The result: the database's side after the renames, and which table each renamed table was. */
    record Result(SchemaModel current, Map<QualifiedName, QualifiedName> renamedFrom) {
    }

    static Result apply(SchemaModel current, SchemaModel target, Renames renames, Outcome outcome) {
        HintedRenames hinted = new HintedRenames(current, outcome);
        for (TableRename rename : renames.tables()) {
            hinted.table(rename, target);
        }
        for (ColumnRename rename : renames.columns()) {
            hinted.column(rename, target);
        }
        return new Result(hinted.current, Map.copyOf(hinted.renamedTables));
    }

    private void table(TableRename rename, SchemaModel target) {
        QualifiedName to = rename.target();
        Optional<Table> table = current.table(rename.from());
        boolean calledFor = table.isPresent() && current.table(to).isEmpty() && target.table(to).isPresent()
                && target.table(rename.from()).isEmpty();
        if (!calledFor || current.views().stream().anyMatch(v -> v.reads().stream()
                .anyMatch(r -> r.owner().equals(rename.from())))) {
            return;
        }
        Difference difference = new Difference(ObjectPath.table(rename.from()), Aspect.NAME, rename.from().name(),
                rename.to(), "renamed, as the rename " + rename.hint() + " says", Category.TABLE_NAME);
        if (make(new RenameTable(table.get(), rename.to()), difference)) {
            renamedTables.put(to, rename.from());
            sequencesFollowing(rename, target);
        }
    }

    /** Sequences named like the table plus a suffix ({@code _seq}, {@code _id_seq}), when the entities' follow. */
    private void sequencesFollowing(TableRename rename, SchemaModel target) {
        String prefix = rename.from().name() + "_";
        for (Sequence sequence : current.sequences()) {
            QualifiedName name = sequence.name();
            if (!name.schema().equals(rename.from().schema()) || !name.name().startsWith(prefix)) {
                continue;
            }
            QualifiedName follower = new QualifiedName(name.schema(), rename.to() + "_"
                    + name.name().substring(prefix.length()));
            boolean follows = target.sequence(follower).isPresent() && current.sequence(follower).isEmpty()
                    && target.sequence(name).isEmpty() && !readByADefault(name);
            if (follows) {
                make(new RenameSequence(sequence, follower.name()), new Difference(ObjectPath.sequence(name),
                        Aspect.NAME, name.name(), follower.name(), "named after table " + rename.from()
                        + ", renamed with it so that it keeps counting", Category.SEQUENCE_NAME));
            }
        }
    }

    /** A default's {@code nextval} names the sequence in SQL text, which retort does not rewrite. */
    private boolean readByADefault(QualifiedName sequence) {
        return current.tables().stream().flatMap(t -> t.columns().stream()).map(Column::defaultExpression)
                .anyMatch(d -> d != null && d.contains(sequence.name()));
    }

    private void column(ColumnRename rename, SchemaModel target) {
        Optional<Table> table = current.table(rename.table());
        Optional<Table> wanted = target.table(rename.table());
        if (table.isEmpty() || wanted.isEmpty()) {
            return;
        }
        Optional<Column> column = table.get().column(rename.from());
        boolean calledFor = column.isPresent() && table.get().column(rename.to()).isEmpty()
                && wanted.get().column(rename.to()).isPresent() && wanted.get().column(rename.from()).isEmpty()
                && current.views().stream().noneMatch(v -> v.readsColumn(rename.table(), rename.from()));
        if (!calledFor) {
            return;
        }
        Difference difference = new Difference(ObjectPath.column(rename.table(), rename.from()), Aspect.NAME,
                rename.from(), rename.to(), "renamed, as the rename " + rename.hint() + " says", Category.COLUMN_NAME);
        if (outcome.actionFor(difference) != Action.APPLY) {
            outcome.decide(difference, List::of);
            return;
        }
        String reason = "reads column " + difference.path() + ", which is renamed: dropped before the rename and"
                + " added as the entities have it after (retort does not rewrite SQL text)";
        for (CheckConstraint check : table.get().checks()) {
            if (check.columns().contains(rename.from())) {
                edit(Change.of(new DropConstraint(rename.table(), check), new Difference(ObjectPath.constraint(
                        rename.table(), check), Aspect.DEPENDENCY, check.signature(), null, reason,
                        Category.COLUMN_NAME).withIdentity(check.signature())));
            }
        }
        for (Index index : table.get().indexes()) {
            if (index.otherColumns().contains(rename.from())) {
                edit(Change.of(new DropIndex(rename.table(), index), new Difference(ObjectPath.index(rename.table(),
                        index.name()), Aspect.DEPENDENCY, index.signature(), null, reason, Category.COLUMN_NAME)
                        .withIdentity(index.signature())));
            }
        }
        make(new RenameColumn(rename.table(), current.table(rename.table()).orElseThrow().column(rename.from())
                .orElseThrow(), rename.to()), difference);
    }

    /** Makes the rename when the policy applies it; else reports or ignores it, and the sides stay as they are. */
    private boolean make(Operation rename, Difference difference) {
        if (outcome.actionFor(difference) != Action.APPLY) {
            outcome.decide(difference, List::of);
            return false;
        }
        edit(Change.of(rename, difference));
        return true;
    }

    private void edit(Change change) {
        outcome.apply(change);
        current = ModelEditor.apply(current, change.operation());
    }
}
