package dev.retort.plan;

import static dev.retort.compare.ModelsForTests.applyingEverything;

import dev.retort.compare.Change;
import dev.retort.compare.RandomModels;
import dev.retort.compare.SchemaComparator;
import dev.retort.compare.TypeWidening;
import dev.retort.ops.ModelEditor;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For random model pairs, the upgrade and the downgrade sorted under any tie-break, from the changes in either
 * order, are accepted by the simulator that refuses what PostgreSQL refuses (a foreign key to a missing table or key,
 * dropping a referenced table, ...). So every such rule is a dependency edge, not luck of {@link Phase}.
 */
class RandomPlansApplyUnderAnyTieBreakTest {

    private static final int PAIRS = 300;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void everyRandomUpgradeAndDowngradeIsAcceptedWhateverTheTieBreak(String name, Comparator<Operation> tieBreak) {
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            RandomModels.Edit edit = random.editRenaming(a);
            List<Change> changes = SchemaComparator.compare(a, edit.model(), RoundTripPropertyTest.declaring(edit))
                    .changes();
            List<Change> reversed = new ArrayList<>(changes);
            Collections.reverse(reversed);

            for (List<Change> given : List.of(changes, reversed)) {
                MigrationPlan plan = new MigrationPlan(DependencyOrder.sort(given, Change::operation, tieBreak));
                SchemaModel upgraded = apply(a, plan.upgrade(), "upgrade of seed " + seed);
                apply(upgraded, plan.downgrade(), "downgrade of seed " + seed);
            }
        }
    }

    private static SchemaModel apply(SchemaModel model, List<Change> changes, String what) {
        List<Operation> operations = changes.stream().map(Change::operation).toList();
        try {
            return ModelEditor.apply(model, operations);
        } catch (IllegalStateException refused) {
            throw new AssertionError(what + " was refused: " + refused.getMessage() + "\nplan: " + operations,
                    refused);
        }
    }
}
