package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three-way comparison: what the entities changed since the history is applied against the database's real
 * state; what the database changed outside the revisions is drift, reported and never undone; what was accepted at
 * adoption stays; names and key orders nobody chose are no difference.
 */
class HistoryComparisonTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Column ID = Column.of("id", "bigint", false);

    private static Table customer(Column... columns) {
        return Table.of(CUSTOMER, List.of(columns), PrimaryKey.of("customer_pkey", "id"));
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), List.of());
    }

    private static Comparison compare(SchemaModel database, SchemaModel history, SchemaModel entities) {
        return compare(database, history, entities, AcceptedDifferences.none(), MadeUpNames.none());
    }

    private static Comparison compare(SchemaModel database, SchemaModel history, SchemaModel entities,
                                      AcceptedDifferences accepted, MadeUpNames madeUp) {
        return HistoryComparison.compare(new HistoryComparison.Sides(database, entities, history, entities), accepted,
                new CompareOptions(ComparePolicy.defaults(), PostgresTypeWidening.INSTANCE, madeUp,
                        Attribution.NO_HISTORY));
    }

    private static List<Operation> operations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation).toList();
    }

    @Test
    void whatTheEntitiesChangedIsAppliedEvenWhereTheDatabaseHadItWider() {
        Column wide = Column.of("email", "character varying(500)", true);
        Column narrow = Column.of("email", "character varying(100)", true);
        SchemaModel database = model(customer(ID, wide));

        Comparison comparison = compare(database, database, model(customer(ID, narrow)));

        assertThat(operations(comparison)).containsExactly(new AlterColumn(CUSTOMER, wide, narrow));
        assertThat(comparison.changes().get(0).differences()).extracting(Difference::cause).containsOnly(Cause.CHANGE);
    }

    @Test
    void aNullableFieldRelaxesTheNotNullItsRevisionMadeButNotOneMadeByHand() {
        Column strict = Column.of("email", "text", false);
        Column relaxed = Column.of("email", "text", true);

        Comparison developerRelaxed = compare(model(customer(ID, strict)), model(customer(ID, strict)),
                model(customer(ID, relaxed)));
        assertThat(operations(developerRelaxed)).containsExactly(new AlterColumn(CUSTOMER, strict, relaxed));

        Comparison hardenedByHand = compare(model(customer(ID, strict)), model(customer(ID, relaxed)),
                model(customer(ID, relaxed)));
        assertThat(hardenedByHand.changes()).isEmpty();
        assertThat(hardenedByHand.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.COLUMN_NULLABILITY_STRICTER);
            assertThat(d.cause()).isEqualTo(Cause.DRIFT);
            assertThat(d.describe()).endsWith("[column.nullability.stricter, drift]");
        });
    }

    @Test
    void anEntityRemovedSinceTheHistoryDropsItsTableAndATableMadeByHandIsDriftNeverDropped() {
        Table orders = Table.of(ORDERS, List.of(ID), PrimaryKey.of("orders_pkey", "id"));
        Table legacy = Table.of(QualifiedName.of("public", "legacy"), List.of(ID), null);
        SchemaModel history = model(customer(ID), orders);
        SchemaModel database = model(customer(ID), orders, legacy);

        Comparison comparison = compare(database, history, model(customer(ID)));

        assertThat(operations(comparison)).containsExactly(new DropTable(orders));
        assertThat(comparison.changes().get(0).operation().destructive()).isTrue();
        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo(ObjectPath.table(legacy.name()));
            assertThat(d.cause()).isEqualTo(Cause.DRIFT);
        });
    }

    @Test
    void aChangeTheDatabaseAlreadyHasWithoutARevisionIsReportedAsDrift() {
        Column narrow = Column.of("email", "character varying(100)", true);
        Column wide = Column.of("email", "character varying(200)", true);

        Comparison comparison = compare(model(customer(ID, wide)), model(customer(ID, narrow)),
                model(customer(ID, wide)));

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.cause()).isEqualTo(Cause.DRIFT);
            assertThat(d.reason()).contains("the database already has this, but no revision makes it");
        });
    }

    @Test
    void whatTheHistoryMadeThatNoMappingCanStateStays() {
        Index partial = new Index("customer_recent", List.of(dev.retort.schema.IndexKey.column("id")), false, "btree",
                "(id > 10)");
        Index expression = new Index("customer_lower", List.of(dev.retort.schema.IndexKey.expression("lower(name)")),
                false, "btree", null);
        Index gin = new Index("customer_search", List.of(dev.retort.schema.IndexKey.column("id")), false, "gin",
                null);
        SchemaModel withThem = model(customer(ID).withIndexes(List.of(partial, expression, gin)));

        Comparison comparison = compare(withThem, withThem, model(customer(ID)));

        assertThat(comparison.isEmpty()).isTrue();
    }

    @Test
    void aPlainIndexTheEntitiesDroppedIsDropped() {
        Index plain = Index.of("customer_id_idx", false, "id");
        SchemaModel withIndex = model(customer(ID).withIndexes(List.of(plain)));

        assertThat(operations(compare(withIndex, withIndex, model(customer(ID)))))
                .containsExactly(new DropIndex(CUSTOMER, plain));
    }

    @Test
    void anAcceptedDifferenceStaysUntilEitherSideChanges() {
        Column wide = Column.of("email", "character varying(500)", true);
        Column entity = Column.of("email", "character varying(255)", true);
        SchemaModel database = model(customer(ID, wide));
        Difference atAdoption = compare(database, database, model(customer(ID, entity))).changes().get(0)
                .differences().get(0);
        AcceptedDifferences accepted = new AcceptedDifferences(List.of(AcceptedDifferences.Entry.of(atAdoption)));

        assertThat(compare(database, database, model(customer(ID, entity)), accepted, MadeUpNames.none()).isEmpty())
                .isTrue();

        Column narrower = Column.of("email", "character varying(100)", true);
        assertThat(operations(compare(database, database, model(customer(ID, narrower)), accepted,
                MadeUpNames.none()))).containsExactly(new AlterColumn(CUSTOMER, wide, narrower));
    }

    @Test
    void aNameNobodyChoseIsNoDifferenceAndAStatedNameRenames() {
        ForeignKey live = ForeignKey.of("fk_orders_customer", List.of("customer_id"), CUSTOMER, List.of("id"));
        ForeignKey hashed = live.withName("fkam4sd2h50y6x8ls1ngbjc8ms5");
        Table ordersLive = orders(live);
        Table ordersEntities = orders(hashed);
        SchemaModel database = model(customer(ID), ordersLive);
        SchemaModel entities = model(customer(ID), ordersEntities);
        MadeUpNames madeUp = new MadeUpNames(Set.of(ObjectPath.constraint(ORDERS, hashed)));

        assertThat(compare(database, database, entities, AcceptedDifferences.none(), madeUp).isEmpty()).isTrue();
        assertThat(operations(compare(database, database, entities)))
                .containsExactly(new RenameConstraint(ORDERS, live, hashed.name()));
    }

    @Test
    void aRenameNeverTargetsANameAnotherRelationHolds() {
        Table taken = Table.of(QualifiedName.of("public", "other"), List.of(ID), PrimaryKey.of("customer_key", "id"));
        SchemaModel database = model(customer(ID), taken);
        SchemaModel entities = model(Table.of(CUSTOMER, List.of(ID), PrimaryKey.of("customer_key", "id")),
                taken.withPrimaryKey(PrimaryKey.of("other_pkey", "id")));

        Comparison comparison = compare(database, database, entities);

        assertThat(operations(comparison)).containsExactly(new RenameConstraint(taken.name(),
                PrimaryKey.of("customer_key", "id"), "other_pkey"));
        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.CONSTRAINT_NAME);
            assertThat(d.reason()).contains("holds the name customer_key");
        });
    }

    @Test
    void anIndexRenameNeverTargetsATakenName() {
        Index index = Index.of("customer_email_idx", false, "id");
        SchemaModel database = model(customer(ID).withIndexes(List.of(index)),
                Table.of(ORDERS, List.of(ID), PrimaryKey.of("orders_pkey", "id")));
        SchemaModel entities = model(customer(ID).withIndexes(List.of(index.withName("orders_pkey"))),
                Table.of(ORDERS, List.of(ID), PrimaryKey.of("orders_pkey", "id")));

        Comparison comparison = compare(database, database, entities);

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).singleElement().extracting(Difference::category)
                .isEqualTo(Category.INDEX_NAME);
        assertThat(operations(compare(database, database, model(customer(ID).withIndexes(List.of(
                index.withName("customer_by_id"))), Table.of(ORDERS, List.of(ID), PrimaryKey.of("orders_pkey", "id"))))))
                .containsExactly(new RenameIndex(CUSTOMER, index, "customer_by_id"));
    }

    @Test
    void primaryKeysWhoseColumnsDifferOnlyInOrderAreTheSameButUniqueKeysStateTheirOrder() {
        Table join = Table.of(QualifiedName.of("public", "user_role"),
                List.of(Column.of("user_id", "bigint", false), Column.of("role_id", "bigint", false)),
                new PrimaryKey("user_role_pkey", List.of("user_id", "role_id")));
        Table reordered = join.withPrimaryKey(new PrimaryKey("user_role_pkey", List.of("role_id", "user_id")));

        assertThat(SchemaComparator.compare(model(join), model(reordered), ComparePolicy.defaults(),
                TypeWidening.NONE).isEmpty()).isTrue();

        Table unique = join.withUniqueConstraints(List.of(UniqueConstraint.of("user_role_key", "user_id", "role_id")));
        Table swapped = join.withUniqueConstraints(List.of(UniqueConstraint.of("user_role_key", "role_id", "user_id")));
        assertThat(SchemaComparator.compare(model(unique), model(swapped), ComparePolicy.defaults(),
                TypeWidening.NONE).changes()).hasSize(1);
    }

    @Test
    void aForeignKeyRuleTheDatabaseHasBeyondTheEntitiesIsKeptAndOneTheEntitiesStateIsApplied() {
        ForeignKey plain = ForeignKey.of("fk_orders_customer", List.of("customer_id"), CUSTOMER, List.of("id"));
        ForeignKey cascading = plain.withOnDelete(ReferentialAction.CASCADE);

        Comparison withoutHistory = SchemaComparator.compare(model(customer(ID), orders(cascading)),
                model(customer(ID), orders(plain)), ComparePolicy.defaults(), TypeWidening.NONE);
        assertThat(withoutHistory.changes()).isEmpty();
        assertThat(withoutHistory.reported()).singleElement().extracting(Difference::category)
                .isEqualTo(Category.FOREIGN_KEY_RULES_EXTRA);

        Comparison stated = SchemaComparator.compare(model(customer(ID), orders(plain)),
                model(customer(ID), orders(cascading.withName("fkhashhashhash"))), new CompareOptions(
                        ComparePolicy.defaults(), TypeWidening.NONE, new MadeUpNames(Set.of(
                        ObjectPath.constraint(ORDERS, cascading.withName("fkhashhashhash")))), Attribution.NO_HISTORY));
        assertThat(operations(stated)).containsExactly(new DropConstraint(ORDERS, plain),
                new AddConstraint(ORDERS, cascading));
    }

    @Test
    void aSequenceStartTheEntitiesDoNotStateIsTheDatabases() {
        Sequence live = new Sequence(QualifiedName.of("public", "sequence_generator"), "bigint", 1050L, 50, 1L,
                Long.MAX_VALUE, 1L, false);
        SchemaModel database = new SchemaModel(List.of("public"), List.of(), List.of(live), List.of());
        SchemaModel entities = new SchemaModel(List.of("public"), List.of(),
                List.of(Sequence.of(live.name(), (Long) null, 50)), List.of());

        assertThat(SchemaComparator.compare(database, entities, ComparePolicy.defaults(), TypeWidening.NONE)
                .isEmpty()).isTrue();
    }

    private static Table orders(ForeignKey key) {
        return new Table(ORDERS, List.of(ID, Column.of("customer_id", "bigint", false)),
                PrimaryKey.of("orders_pkey", "id"), List.of(), List.of(), List.of(key), List.of(), null);
    }
}
