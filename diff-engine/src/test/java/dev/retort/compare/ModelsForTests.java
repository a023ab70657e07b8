package dev.retort.compare;

import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import java.util.Comparator;

/** Helpers for comparing models in tests. */
public final class ModelsForTests {

    private ModelsForTests() {
    }

    /**
     * The model with each table's columns sorted by name. PostgreSQL appends a column that a downgrade adds
     * back, so a round trip restores the set of columns, not their positions.
     */
    public static SchemaModel ignoringColumnOrder(SchemaModel model) {
        return model.withTables(model.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList());
    }

    /** Every difference becomes an operation (what the property tests check), views and unsupported excepted. */
    /**
     * The database was built by retort from the models of a test, which can state everything the schema model can:
     * every difference is the test's change (the production embedded mode keeps what no mapping can state).
     */
    public static final Attribution EVERYTHING_CHANGED = difference ->
            difference.category() == Category.UNSUPPORTED ? Cause.NO_HISTORY : Cause.CHANGE;

    public static ComparePolicy applyingEverything() {
        ComparePolicy policy = ComparePolicy.defaults();
        for (Category category : Category.values()) {
            if (category.canApply()) {
                policy = policy.with(category, Category.Action.APPLY);
            }
        }
        return policy;
    }
}
