package dev.retort.plan;

import static dev.retort.compare.ModelsForTests.applyingEverything;
import static dev.retort.compare.ModelsForTests.ignoringColumnOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.CompareOptions;
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
        java.util.Map<Class<?>, Integer> renames = new java.util.HashMap<>();
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            RandomModels.Edit edit = random.editRenaming(a);
            SchemaModel b = edit.model();
            MigrationPlan plan = MigrationPlan.of(SchemaComparator.compare(a, b, declaring(edit)));

            plan.upgrade().stream().map(c -> c.operation().getClass()).filter(c -> c.getSimpleName().startsWith("Rename"))
                    .forEach(c -> renames.merge(c, 1, Integer::sum));
            SchemaModel upgraded = apply(a, plan.upgrade(), seed, "upgrade");
            assertThat(ignoringColumnOrder(upgraded)).as("upgrade of seed %d", seed).isEqualTo(ignoringColumnOrder(b));
            Comparison again = SchemaComparator.compare(upgraded, b, applyingEverything(), TypeWidening.NONE);
            assertThat(again.differences()).as("second comparison of seed %d", seed).isEmpty();

            SchemaModel downgraded = apply(upgraded, plan.downgrade(), seed, "downgrade");
            assertThat(ignoringColumnOrder(downgraded)).as("downgrade of seed %d", seed)
                    .isEqualTo(ignoringColumnOrder(a));
        }
        // The generator declares renames, and their plans are among those checked.
        assertThat(renames.getOrDefault(dev.retort.ops.RenameTable.class, 0)).isGreaterThan(PAIRS / 10);
        assertThat(renames.getOrDefault(dev.retort.ops.RenameColumn.class, 0)).isGreaterThan(PAIRS / 10);
        assertThat(renames.getOrDefault(dev.retort.ops.RenameConstraint.class, 0)).isGreaterThan(PAIRS / 10);
    }

    @Test
    void everyOperationIsTheInverseOfItsInverse() {
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            RandomModels.Edit edit = random.editRenaming(a);
            for (Change change : SchemaComparator.compare(a, edit.model(), declaring(edit)).changes()) {
                Operation op = change.operation();
                assertThat(op.reverse().reverse()).isEqualTo(op);
                assertThat(op.reverse()).isNotEqualTo(op);
            }
        }
    }

    /** Everything applied, with the edit's renames declared. */
    static CompareOptions declaring(RandomModels.Edit edit) {
        return CompareOptions.withoutHistory(applyingEverything(), TypeWidening.NONE).with(edit.renames());
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
