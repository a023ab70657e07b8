package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaComparatorTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private static Table customer(Column... columns) {
        return Table.of(CUSTOMER, List.of(columns), PrimaryKey.of("customer_pkey", "id"));
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), List.of());
    }

    private static List<Operation> operations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation).toList();
    }

    @Test
    void identicalModelsHaveNoDifferences() {
        SchemaModel model = model(customer(Column.of("id", "bigint", false)));
        assertThat(SchemaComparator.compare(model, model, ComparePolicy.defaults(), TypeWidening.NONE).isEmpty()).isTrue();
    }

    @Test
    void aChangedLengthIsOneAlterColumnWithAReadableReason() {
        Column narrow = Column.of("email", "character varying(80)", true);
        Column wide = narrow.withType(dev.retort.schema.ColumnType.of("character varying(120)"));
        Comparison comparison = SchemaComparator.compare(model(customer(Column.of("id", "bigint", false), narrow)),
                model(customer(Column.of("id", "bigint", false), wide)), ComparePolicy.defaults(), TypeWidening.NONE);

        assertThat(operations(comparison)).containsExactly(new AlterColumn(CUSTOMER, narrow, wide));
        Difference difference = comparison.differences().get(0);
        assertThat(difference.aspect()).isEqualTo(Aspect.TYPE);
        assertThat(difference.describe()).isEqualTo("column public.customer.email: type character varying(80)"
                + " -> character varying(120) (length [80] -> [120] in the entities) [column.type]");
        assertThat(((AlterColumn) operations(comparison).get(0)).aspects()).containsExactly(ColumnAspect.TYPE);
    }

    @Test
    void constraintsPairBySignatureSoAnotherNameIsARenameNotADropAndAdd() {
        Table current = customer(Column.of("id", "bigint", false), Column.of("email", "text", true))
                .withUniqueConstraints(List.of(UniqueConstraint.of("legacy_email_uq", "email")));
        Table target = current.withUniqueConstraints(List.of(UniqueConstraint.of("customer_email_key", "email")));

        Comparison comparison = SchemaComparator.compare(model(current), model(target), ComparePolicy.defaults(), TypeWidening.NONE);

        assertThat(operations(comparison)).containsExactly(new RenameConstraint(CUSTOMER,
                UniqueConstraint.of("legacy_email_uq", "email"), "customer_email_key"));
        assertThat(comparison.differences()).extracting(Difference::aspect).containsExactly(Aspect.NAME);
    }

    @Test
    void aForeignKeyWhoseOnDeleteChangedIsDroppedAndAddedUnderItsName() {
        ForeignKey plain = ForeignKey.of("fk_orders_customer", List.of("customer_id"), CUSTOMER, List.of("id"));
        ForeignKey cascading = plain.withOnDelete(ReferentialAction.CASCADE);
        Table orders = Table.of(ORDERS, List.of(Column.of("id", "bigint", false),
                Column.of("customer_id", "bigint", false)), PrimaryKey.of("orders_pkey", "id"));
        Table customer = customer(Column.of("id", "bigint", false));

        Comparison comparison = SchemaComparator.compare(
                model(customer, orders.withForeignKeys(List.of(plain))),
                model(customer, orders.withForeignKeys(List.of(cascading))), ComparePolicy.defaults(),
                TypeWidening.NONE);

        assertThat(operations(comparison)).containsExactly(new DropConstraint(ORDERS, plain),
                new AddConstraint(ORDERS, cascading));
        assertThat(comparison.differences()).extracting(Difference::aspect).containsOnly(Aspect.ON_DELETE);
    }

    @Test
    void byDefaultWhatTheEntitiesDoNotDescribeIsReportedAndNotDropped() {
        Table legacy = Table.of(QualifiedName.of("public", "legacy"), List.of(Column.of("id", "bigint", false)), null);
        Table customer = customer(Column.of("id", "bigint", false), Column.of("name", "text", true));
        Table withExtraIndex = customer.withIndexes(List.of(Index.of("customer_name_idx", false, "name")));
        SchemaModel database = model(withExtraIndex, legacy)
                .withViews(List.of(new View(QualifiedName.of("public", "v"), "SELECT 1", false)));

        Comparison comparison = SchemaComparator.compare(database, model(customer), ComparePolicy.defaults(), TypeWidening.NONE);

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).extracting(d -> d.path().toString())
                .containsExactlyInAnyOrder("public.legacy", "public.customer.customer_name_idx", "public.v");
        assertThat(comparison.reported()).extracting(Difference::category).containsExactlyInAnyOrder(
                Category.TABLE_EXTRA, Category.INDEX_EXTRA, Category.VIEW_EXTRA);
    }

    @Test
    void theDropPolicyDropsAnUnmappedTableAfterItsForeignKeys() {
        ForeignKey toCustomer = ForeignKey.of("fk_legacy", List.of("cid"), CUSTOMER, List.of("id"));
        Table legacy = Table.of(QualifiedName.of("public", "legacy"), List.of(Column.of("cid", "bigint", false)), null)
                .withForeignKeys(List.of(toCustomer));
        Table customer = customer(Column.of("id", "bigint", false));

        Comparison comparison = SchemaComparator.compare(model(customer, legacy), model(customer),
                ComparePolicy.defaults().with(Category.TABLE_EXTRA, Category.Action.APPLY), TypeWidening.NONE);

        assertThat(operations(comparison)).containsExactly(
                new DropConstraint(legacy.name(), toCustomer), new DropTable(legacy.withoutForeignKeys()));
    }

    @Test
    void withoutAHistoryAWiderTypeAndADatabaseOnlyDefaultAreReportedAndCanBeStatedAsExpected() {
        Column entity = Column.of("email", "character varying(255)", true);
        Column database = entity.withType(dev.retort.schema.ColumnType.of("text")).withDefault("''::text");
        SchemaModel current = model(customer(Column.of("id", "bigint", false), database));
        SchemaModel target = model(customer(Column.of("id", "bigint", false), entity));

        Comparison byDefault = SchemaComparator.compare(current, target, ComparePolicy.defaults(),
                dev.retort.dialect.postgresql.PostgresTypeWidening.INSTANCE);
        assertThat(byDefault.changes()).isEmpty();
        assertThat(byDefault.reported()).extracting(Difference::category)
                .containsExactlyInAnyOrder(Category.COLUMN_TYPE_WIDER, Category.COLUMN_DEFAULT_EXTRA);

        ComparePolicy applyingWider = ComparePolicy.defaults().with(Category.COLUMN_TYPE_WIDER, Category.Action.APPLY);
        assertThat(SchemaComparator.compare(current, target, applyingWider,
                dev.retort.dialect.postgresql.PostgresTypeWidening.INSTANCE).changes()).singleElement()
                .extracting(c -> ((AlterColumn) c.operation()).aspects()).isEqualTo(java.util.Set.of(ColumnAspect.TYPE));

        ComparePolicy adopting = new ComparePolicy(List.of(
                new PolicyRule(Category.COLUMN_TYPE_WIDER, new NamePattern("public.customer"), Category.Action.IGNORE),
                new PolicyRule(Category.COLUMN_DEFAULT_EXTRA, null, Category.Action.IGNORE)), List.of());
        assertThat(SchemaComparator.compare(current, target, adopting,
                dev.retort.dialect.postgresql.PostgresTypeWidening.INSTANCE).isEmpty()).isTrue();
    }

    @Test
    void theMostSpecificRuleWins() {
        ComparePolicy policy = new ComparePolicy(List.of(
                new PolicyRule(Category.INDEX_EXTRA, null, Category.Action.IGNORE),
                new PolicyRule(Category.INDEX_EXTRA, new NamePattern("public.audit_*"), Category.Action.APPLY)),
                List.of());
        assertThat(policy.actionFor(Category.INDEX_EXTRA, dev.retort.schema.ObjectPath.index(
                QualifiedName.of("public", "audit_log"), "audit_log_at_idx"))).isEqualTo(Category.Action.APPLY);
        assertThat(policy.actionFor(Category.INDEX_EXTRA, dev.retort.schema.ObjectPath.index(CUSTOMER, "x_idx")))
                .isEqualTo(Category.Action.IGNORE);
        assertThat(policy.actionFor(Category.TABLE_EXTRA, dev.retort.schema.ObjectPath.table(CUSTOMER)))
                .isEqualTo(Category.Action.REPORT);
    }

    @Test
    void ignoredNamesAreInvisibleOnBothSides() {
        Table flyway = Table.of(QualifiedName.of("public", "flyway_schema_history"),
                List.of(Column.of("version", "text", true)), null);
        ComparePolicy policy = new ComparePolicy(List.of(), List.of(new NamePattern("flyway_*")));
        assertThat(SchemaComparator.compare(model(flyway), model(), policy, TypeWidening.NONE).isEmpty()).isTrue();
    }

    @Test
    void aDifferenceThatNeedsSeveralOperationsIsListedOnce() {
        ForeignKey key = ForeignKey.of("orders_customer_fk", List.of("customer_id"), CUSTOMER, List.of("id"));
        Table orders = new Table(ORDERS, List.of(Column.of("id", "bigint", false),
                Column.of("customer_id", "bigint", false)), PrimaryKey.of("orders_pkey", "id"), List.of(), List.of(),
                List.of(key), List.of(), null);
        SchemaModel withCustomers = model(customer(Column.of("id", "bigint", false)));
        SchemaModel withOrders = model(customer(Column.of("id", "bigint", false)), orders);

        Comparison newTable = SchemaComparator.compare(withCustomers, withOrders, ModelsForTests.applyingEverything(),
                TypeWidening.NONE);
        assertThat(newTable.changes()).hasSize(2);
        assertThat(newTable.differences()).hasSize(1);

        Table cascading = orders.withForeignKeys(List.of(key.withOnDelete(ReferentialAction.CASCADE)));
        Comparison rules = SchemaComparator.compare(withOrders, model(customer(Column.of("id", "bigint", false)),
                cascading), ModelsForTests.applyingEverything(), TypeWidening.NONE);
        assertThat(rules.changes()).hasSize(2);
        assertThat(rules.differences()).hasSize(1);
    }
}
