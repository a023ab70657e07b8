package dev.retort.plan;

import static dev.retort.compare.ModelsForTests.applyingEverything;
import static dev.retort.compare.ModelsForTests.ignoringColumnOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.Comparison;
import dev.retort.compare.RandomModels;
import dev.retort.compare.SchemaComparator;
import dev.retort.compare.TypeWidening;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.ModelEditor;
import dev.retort.schema.SchemaModel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For random model pairs A (the old version's schema) and B (the new version's), in the simulator that refuses what
 * PostgreSQL refuses: the expand part turns A into some X, and its downgrade turns X back into A; comparing X with B
 * again finds only contract steps, every one of them among those the expand left pending, and they turn X into B.
 * That is what {@code revision --expand} followed later by {@code --contract} relies on.
 */
class ExpandThenContractPropertyTest {

    private static final int PAIRS = 1000;

    @Test
    void theExpandThenTheRecomputedContractTurnAIntoBAndEachDowngradesExactly() {
        Set<String> kindsSeen = new java.util.TreeSet<>();
        for (long seed = 0; seed < PAIRS; seed++) {
            RandomModels random = new RandomModels(seed);
            SchemaModel a = random.model();
            SchemaModel b = random.edit(a);
            ExpandContract.Split split = ExpandContract.split(compare(a, b).changes(), PostgresTypeWidening.INSTANCE);
            Set<String> pending = split.contract().stream().map(ExpandContract.ContractStep::step)
                    .collect(Collectors.toSet());
            pending.forEach(step -> kindsSeen.add(step.substring(0, step.indexOf(' '))));

            MigrationPlan expand = split.expand();
            SchemaModel expanded = apply(a, expand.upgrade(), seed, "expand");
            assertThat(ignoringColumnOrder(apply(expanded, expand.downgrade(), seed, "expand's downgrade")))
                    .as("expand's downgrade of seed %d", seed).isEqualTo(ignoringColumnOrder(a));

            ExpandContract.Split again = ExpandContract.split(compare(expanded, b).changes(),
                    PostgresTypeWidening.INSTANCE);
            for (ExpandContract.SplitChange change : again.changes()) {
                assertThat(change.onlyContract(pending::contains))
                        .as("seed %d: after the expand, %s is a pending contract step", seed, change.original())
                        .isTrue();
            }
            MigrationPlan contract = again.contract(pending::contains);
            SchemaModel contracted = apply(expanded, contract.upgrade(), seed, "contract");
            assertThat(ignoringColumnOrder(contracted)).as("contract of seed %d", seed)
                    .isEqualTo(ignoringColumnOrder(b));
            assertThat(ignoringColumnOrder(apply(contracted, contract.downgrade(), seed, "contract's downgrade")))
                    .as("contract's downgrade of seed %d", seed).isEqualTo(ignoringColumnOrder(expanded));
        }
        assertThat(kindsSeen).as("the random edits exercise the contract steps").contains("drop-table",
                "drop-column", "set-not-null", "change-type", "drop-default", "add-unique-index", "drop-index");
    }

    private static Comparison compare(SchemaModel from, SchemaModel to) {
        return SchemaComparator.compare(from, to, applyingEverything(), TypeWidening.NONE);
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
