package dev.retort.compare;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropView;
import dev.retort.ops.EnumUse;
import dev.retort.ops.Operation;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the database's views working across the changes retort makes. PostgreSQL refuses to change the type of a
 * column a view reads; so each view reading such a column, and each view reading one of those views, is dropped
 * before the change and created again from its own definition after it (the ordering puts them in place). A view
 * that reads a column or table the entities drop cannot be kept: that is reported, naming the view.
 */
final class ViewKeeper {

    private ViewKeeper() {
    }

    static void keep(List<View> views, List<Change> changes, Outcome outcome) {
        Set<ObjectPath> reshaped = new LinkedHashSet<>();
        Set<ObjectPath> removed = new LinkedHashSet<>();
        for (Change change : changes) {
            collect(change.operation(), reshaped, removed);
        }
        Set<View> affected = new LinkedHashSet<>();
        for (View view : views) {
            view.reads().stream().filter(reshaped::contains).findFirst().ifPresent(read -> affected.add(view));
            for (ObjectPath read : view.reads()) {
                if (removed.contains(read) || removed.contains(ObjectPath.table(read.owner()))) {
                    outcome.report(new Difference(ObjectPath.view(view.name()), Aspect.DEPENDENCY, null, null,
                            "the view reads " + read + ", which the entities drop: retort cannot keep the view working;"
                            + " change or drop the view first", Category.UNSUPPORTED));
                    break;
                }
            }
        }
        addReadersOfAffectedViews(views, affected);
        for (View view : affected) {
            Difference why = new Difference(ObjectPath.view(view.name()), Aspect.DEPENDENCY, null, null,
                    "the view reads a column whose type changes: dropped before and created again after",
                    Category.VIEW_EXTRA);
            outcome.apply(Change.of(new DropView(view), why));
            outcome.apply(Change.of(new CreateView(view), why));
        }
    }

    private static void collect(Operation operation, Set<ObjectPath> reshaped, Set<ObjectPath> removed) {
        if (operation instanceof AlterColumn alter && alter.changes(ColumnAspect.TYPE)) {
            reshaped.add(ObjectPath.column(alter.table(), alter.from().name()));
        } else if (operation instanceof AlterEnumType alter && !alter.onlyAddsLabels() && !alter.keepsLabels()) {
            for (EnumUse use : alter.uses()) {
                reshaped.add(ObjectPath.column(use.table(), use.column().name()));
            }
        } else if (operation instanceof DropColumn drop) {
            removed.add(ObjectPath.column(drop.table(), drop.column().name()));
        } else if (operation instanceof DropTable drop) {
            removed.add(ObjectPath.table(drop.table().name()));
        }
    }

    /** Views reading an affected view are affected too, to any depth. */
    private static void addReadersOfAffectedViews(List<View> views, Set<View> affected) {
        boolean grew = true;
        while (grew) {
            List<View> more = new ArrayList<>();
            for (View view : views) {
                boolean readsAffected = affected.stream().map(View::name).anyMatch(view::readsView);
                if (!affected.contains(view) && readsAffected) {
                    more.add(view);
                }
            }
            grew = affected.addAll(more);
        }
    }
}
