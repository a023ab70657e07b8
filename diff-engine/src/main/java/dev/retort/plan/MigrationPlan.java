package dev.retort.plan;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The changes in an order the database accepts. The downgrade is, by construction, the reversed list of the
 * upgrade's inverses: every edge of the dependency graph is reversed along with it, so it is ordered too.
 */
public record MigrationPlan(List<Change> upgrade) {

    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
    }

    public static MigrationPlan of(Comparison comparison) {
        return new MigrationPlan(DependencyOrder.sort(comparison.changes(), Change::operation));
    }

    public List<Change> downgrade() {
        List<Change> inverses = new ArrayList<>();
        for (Change change : upgrade) {
            inverses.add(new Change(change.operation().reverse(), change.differences()));
        }
        Collections.reverse(inverses);
        return List.copyOf(inverses);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
