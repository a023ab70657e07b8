package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Foreign keys (paired by what they reference, then compared rule by rule) and indexes on a table both sides have. */
class ForeignKeyAndIndexComparisonTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Column ID = Column.of("id", "bigint", false);
    private static final ForeignKey PLAIN = ForeignKey.of("orders_customer_fk", List.of("customer_id"), CUSTOMER,
            List.of("id"));

    private static Table orders(List<ForeignKey> keys, CheckConstraint... checks) {
        return new Table(ORDERS, List.of(ID, Column.of("customer_id", "bigint", false)),
                PrimaryKey.of("orders_pkey", "id"), List.of(), List.of(checks), keys, List.of(), null);
    }

    private static SchemaModel model(Table orders) {
        return SchemaModel.empty("public").withTables(List.of(
                Table.of(CUSTOMER, List.of(ID), PrimaryKey.of("customer_pkey", "id")), orders));
    }

    private static Comparison compare(Table database, Table entities, ComparePolicy policy) {
        return SchemaComparator.compare(model(database), model(entities), policy, TypeWidening.NONE);
    }

    private static List<Operation> operations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation).toList();
    }

    @Test
    void aForeignKeyOnlyTheEntitiesHaveIsAddedAndOneOnlyTheDatabaseHasIsReportedOrDropped() {
        Comparison adding = compare(orders(List.of()), orders(List.of(PLAIN)), ComparePolicy.defaults());
        assertThat(operations(adding)).containsExactly(new AddConstraint(ORDERS, PLAIN));
        assertThat(adding.differences().get(0).to()).isEqualTo(PLAIN.signature());

        Comparison extra = compare(orders(List.of(PLAIN)), orders(List.of()), ComparePolicy.defaults());
        assertThat(extra.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.CONSTRAINT_EXTRA);
            assertThat(d.identity()).isEqualTo(PLAIN.signature());
        });
        assertThat(operations(compare(orders(List.of(PLAIN)), orders(List.of()),
                ComparePolicy.defaults().with(Category.CONSTRAINT_EXTRA, Action.APPLY))))
                .containsExactly(new DropConstraint(ORDERS, PLAIN));
    }

    @Test
    void onDeleteIsWhatAMappingStatesOnUpdateAndDeferralAreBeyondIt() {
        ForeignKey ruled = PLAIN.withOnUpdate(ReferentialAction.CASCADE)
                .withDeferral(Deferral.DEFERRABLE_INITIALLY_DEFERRED).withOnDelete(ReferentialAction.SET_NULL);
        Comparison comparison = compare(orders(List.of(ruled)), orders(List.of(PLAIN)), ComparePolicy.defaults());
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).extracting(d -> d.aspect() + " " + d.describable() + " " + d.reason())
                .containsExactly("ON_DELETE true the entities declare no on delete rule",
                        "ON_UPDATE false the entities declare no on update rule",
                        "DEFERRAL false the entities declare no deferral rule");
        assertThat(comparison.reported()).allSatisfy(d -> {
            assertThat(d.category()).isEqualTo(Category.FOREIGN_KEY_RULES_EXTRA);
            assertThat(d.identity()).isEqualTo(PLAIN.signature());
        });
    }

    @Test
    void appliedRulesRebuildTheKeyKeepingTheRulesThatAreOnlyReported() {
        ForeignKey database = PLAIN.withOnUpdate(ReferentialAction.CASCADE);
        ForeignKey entities = PLAIN.withOnDelete(ReferentialAction.CASCADE);
        Comparison comparison = compare(orders(List.of(database)), orders(List.of(entities)),
                ComparePolicy.defaults());
        ForeignKey rebuilt = PLAIN.withOnDelete(ReferentialAction.CASCADE).withOnUpdate(ReferentialAction.CASCADE);
        assertThat(operations(comparison)).containsExactly(new DropConstraint(ORDERS, database),
                new AddConstraint(ORDERS, rebuilt));
        assertThat(comparison.reported()).extracting(Difference::aspect).containsExactly(Aspect.ON_UPDATE);
        assertThat(comparison.differences().get(0).reason()).isEqualTo("the entities declare on delete CASCADE");
    }

    @Test
    void everyAppliedRuleIsCarriedIntoTheRebuiltKey() {
        ForeignKey entities = PLAIN.withOnUpdate(ReferentialAction.RESTRICT)
                .withDeferral(Deferral.DEFERRABLE_INITIALLY_IMMEDIATE);
        Comparison comparison = compare(orders(List.of(PLAIN)), orders(List.of(entities)),
                ModelsForTests.applyingEverything());
        assertThat(operations(comparison)).containsExactly(new DropConstraint(ORDERS, PLAIN),
                new AddConstraint(ORDERS, entities));
    }

    @Test
    void aRebuiltKeyKeepsTheDatabasesNameWhenAnotherConstraintHoldsTheStatedOne() {
        CheckConstraint rule = CheckConstraint.of("orders_rule", "(id > 0)");
        ForeignKey wanted = PLAIN.withOnDelete(ReferentialAction.CASCADE).withName("orders_rule");
        Comparison comparison = compare(orders(List.of(PLAIN), rule), orders(List.of(wanted)),
                ComparePolicy.defaults());
        assertThat(operations(comparison)).containsExactly(new DropConstraint(ORDERS, PLAIN),
                new AddConstraint(ORDERS, wanted.withName("orders_customer_fk")));

        Comparison free = compare(orders(List.of(PLAIN)), orders(List.of(wanted)), ComparePolicy.defaults());
        assertThat(operations(free)).containsExactly(new DropConstraint(ORDERS, PLAIN),
                new AddConstraint(ORDERS, wanted));
    }

    private static Table ordersWithIndexes(Index... indexes) {
        return orders(List.of()).withIndexes(List.of(indexes));
    }

    @Test
    void anIndexOnlyTheEntitiesHaveIsCreated() {
        Index index = Index.of("orders_customer_idx", false, "customer_id");
        Comparison comparison = compare(ordersWithIndexes(), ordersWithIndexes(index), ComparePolicy.defaults());
        assertThat(operations(comparison)).containsExactly(new CreateIndex(ORDERS, index));
        assertThat(comparison.differences()).singleElement().satisfies(d -> {
            assertThat(d.identity()).isEqualTo(index.signature());
            assertThat(d.to()).isEqualTo(index.signature());
            assertThat(d.category()).isEqualTo(Category.INDEX_MISSING);
        });
    }

    @Test
    void anIndexNoMappingCanStateIsBeyondTheEntitiesAndAnIgnoredNameIsNotReported() {
        Index partial = new Index("orders_recent", List.of(IndexKey.column("id")), false, "btree", "(id > 10)");
        Index gin = new Index("orders_gin", List.of(IndexKey.column("id")), false, "gin", null);
        Index expression = new Index("orders_expr", List.of(IndexKey.expression("abs(id)")), false, "btree", null);
        Index plain = Index.of("orders_plain", false, "customer_id");
        Index audit = Index.of("audit_orders", false, "customer_id", "id");
        ComparePolicy policy = new ComparePolicy(List.of(new PolicyRule(Category.INDEX_EXTRA, null, Action.APPLY)),
                List.of(new NamePattern("audit_*")));
        Comparison comparison = compare(ordersWithIndexes(partial, gin, expression, plain, audit),
                ordersWithIndexes(), policy);
        assertThat(comparison.differences()).extracting(d -> d.path().member() + " " + d.describable())
                .containsExactlyInAnyOrder("orders_recent false", "orders_gin false", "orders_expr false",
                        "orders_plain true");
        assertThat(operations(comparison)).contains(new DropIndex(ORDERS, plain));
    }
}
