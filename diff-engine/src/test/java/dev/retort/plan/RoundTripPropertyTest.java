package dev.retort.plan;

import static dev.retort.compare.ModelsForTests.applyingEverything;
import static dev.retort.compare.ModelsForTests.ignoringColumnOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import dev.retort.compare.RandomModels;
import dev.retort.compare.SchemaComparator;
import dev.retort.compare.TypeWidening;
import dev.retort.ops.ModelEditor;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * For random model pairs, in the simulator that refuses what PostgreSQL refuses: the ordered upgrade turns A
 * into B, the downgrade turns B back into A, and comparing again finds nothing. (The same property on a real
 * PostgreSQL is pinned by the round-trip tests in dialect.postgresql.)
 */
class RoundTripPropertyTest {

    private static final int PAIRS = 1000;

    @Test
    void theUpgradeTurnsAIntoBAndTheDowngradeTurnsBBackIntoA() {
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            SchemaModel b = random.edit(a);
            MigrationPlan plan = MigrationPlan.of(SchemaComparator.compare(a, b, applyingEverything(), TypeWidening.NONE));

            SchemaModel upgraded = apply(a, plan.upgrade(), seed, "upgrade");
            assertThat(ignoringColumnOrder(upgraded)).as("upgrade of seed %d", seed).isEqualTo(ignoringColumnOrder(b));
            Comparison again = SchemaComparator.compare(upgraded, b, applyingEverything(), TypeWidening.NONE);
            assertThat(again.differences()).as("second comparison of seed %d", seed).isEmpty();

            SchemaModel downgraded = apply(upgraded, plan.downgrade(), seed, "downgrade");
            assertThat(ignoringColumnOrder(downgraded)).as("downgrade of seed %d", seed)
                    .isEqualTo(ignoringColumnOrder(a));
        }
    }

    @Test
    void everyOperationIsTheInverseOfItsInverse() {
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            for (Change change : SchemaComparator.compare(a, random.edit(a), applyingEverything(), TypeWidening.NONE).changes()) {
                Operation op = change.operation();
                assertThat(op.reverse().reverse()).isEqualTo(op);
                assertThat(op.reverse()).isNotEqualTo(op);
            }
        }
    }

    private static SchemaModel apply(SchemaModel model, List<Change> changes, long seed, String what) {
        try {
            return ModelEditor.apply(model, changes.stream().map(Change::operation).toList());
        } catch (IllegalStateException refused) {
            throw new AssertionError(what + " of seed " + seed + " was refused: " + refused.getMessage()
                    + "\nplan: " + changes.stream().map(c -> c.operation().toString()).toList(), refused);
        }
    }
}
