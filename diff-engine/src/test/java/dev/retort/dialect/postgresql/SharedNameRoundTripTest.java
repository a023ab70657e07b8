package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.column;
import static dev.retort.dialect.postgresql.RawModels.withTable;
import static dev.retort.dialect.postgresql.RoundTrip.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.ModelsForTests;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL keeps a foreign key's or a check's name among the table's constraints and an index's name among the
 * schema's relations, so one table may have an index and a foreign key (or a check) of the same name. Retort reads,
 * compares, creates, drops and restores such a table like any other.
 */
@ExtendWith(PostgresExtension.class)
class SharedNameRoundTripTest {

    /** child has an index and a foreign key both named child_parent, and an index and a check both named child_qty. */
    private static SchemaModel sharedNames() {
        Table parent = Table.of(name("parent"), List.of(column("id", "bigint", false)), PrimaryKey.of(null, "id"));
        Table child = new Table(name("child"), List.of(column("id", "bigint", false),
                column("parent_id", "bigint", true), column("qty", "integer", true)),
                PrimaryKey.of(null, "id"), List.of(), List.of(CheckConstraint.of("child_qty", "qty > 0")),
                List.of(ForeignKey.of("child_parent", List.of("parent_id"), name("parent"), List.of("id"))),
                List.of(Index.of("child_parent", false, "parent_id"), Index.of("child_qty", false, "qty")), null);
        return new SchemaModel(List.of("public"), List.of(parent, child), List.of(), List.of());
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    @Test
    void aTableWithAnIndexAndAConstraintOfOneNameIsCreatedReflectedAndAgreesWithTheEntities(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());

        roundTrip.migrate(SchemaModel.empty("public"), sharedNames());
        SchemaModel target = roundTrip.establish(sharedNames());

        Table child = roundTrip.reflect(List.of("public")).table(name("child")).orElseThrow();
        assertThat(child.indexes()).extracting(Index::name).containsExactly("child_parent", "child_qty");
        assertThat(child.foreignKeys()).extracting(ForeignKey::name).containsExactly("child_parent");
        assertThat(child.checks()).extracting(CheckConstraint::name).containsExactly("child_qty");
        assertThat(child).isEqualTo(target.table(name("child")).orElseThrow());
        assertThat(roundTrip.compareWithDatabase(target).differences()).isEmpty();
    }

    @Test
    void theIndexTheForeignKeyAndTheCheckOfOneNameAreEachDroppedAndAddedAgain(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel base = sharedNames();
        roundTrip.establish(base);

        assertThat(operations(roundTrip.migrate(base, withTable(base, "child", t -> t.withForeignKeys(List.of())))))
                .as("drop the foreign key").singleElement().isInstanceOf(DropConstraint.class);
        assertThat(operations(roundTrip.migrate(base, withTable(base, "child", t -> t.withChecks(List.of())))))
                .as("drop the check").singleElement().isInstanceOf(DropConstraint.class);
        assertThat(operations(roundTrip.migrate(base, withTable(base, "child", t -> t.withIndexes(List.of())))))
                .as("drop both indexes").hasSize(2).allMatch(op -> op instanceof DropIndex);

        SchemaModel bare = withTable(base, "child", t -> t.withForeignKeys(List.of()).withChecks(List.of())
                .withIndexes(List.of()));
        roundTrip.establish(bare);
        assertThat(operations(roundTrip.migrate(bare, base))).as("add all four again")
                .hasSize(4).filteredOn(op -> op instanceof CreateIndex).hasSize(2);
        assertThat(operations(roundTrip.migrate(bare, base))).filteredOn(op -> op instanceof AddConstraint)
                .hasSize(2);
    }
}
