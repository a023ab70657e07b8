package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.ModelsForTests;
import dev.retort.dialect.postgresql.ModelSpecs.ModelSpec;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The property of the issue, for random models A and B on a real PostgreSQL: with the database at A,
 * autogenerate against B and upgrade; a second comparison finds nothing; the downgrade brings the catalog back
 * exactly (judged by the catalog snapshot, not by retort); and no operation is undone by another of the same
 * plan. A failure shrinks to a minimal pair of models. Seeded, so a run is repeatable.
 */
class ConvergencePropertyTest {

    private static TestDatabase database;
    private static final AtomicInteger PAIRS = new AtomicInteger();

    record Pair(ModelSpec a, ModelSpec b) {
    }

    @BeforeContainer
    static void createDatabase() {
        database = PostgresServer.get().createDatabase();
    }

    @AfterContainer
    static void dropDatabase() {
        System.out.println("retort convergence property: " + PAIRS.get() + " random pairs of models converged and"
                + " reversed exactly on PostgreSQL");
        database.close();
    }

    @BeforeTry
    void emptyTheDatabase() {
        database.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public",
                "DROP SCHEMA IF EXISTS " + ModelSpecs.OTHER_SCHEMA + " CASCADE");
    }

    @Property(tries = 300, seed = "20261123", shrinking = ShrinkingMode.FULL)
    void randomPairsConvergeAndReverseExactly(@ForAll("pairs") Pair pair) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel a = pair.a().model();
        SchemaModel b = pair.b().model();
        roundTrip.establish(a);

        MigrationPlan plan = roundTrip.migrate(a, b);

        List<Operation> operations = plan.upgrade().stream().map(Change::operation).toList();
        for (Operation operation : operations) {
            assertThat(operations).as("an operation and its inverse in one plan").doesNotContain(operation.reverse());
        }
        PAIRS.incrementAndGet();
    }

    @Provide
    Arbitrary<Pair> pairs() {
        return Combinators.combine(ModelSpecs.models(), ModelEdits.lists())
                .as((a, edits) -> new Pair(a, ModelEdits.applyAll(a, edits)));
    }
}
