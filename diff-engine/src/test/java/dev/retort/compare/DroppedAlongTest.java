package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.ModelEditor;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What goes with a dropped column or table, in the simulator that refuses what PostgreSQL refuses: each dependent
 * is dropped once, before, and the downgrade brings the model back exactly.
 */
class DroppedAlongTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final QualifiedName STOCK = QualifiedName.of("public", "stock");

    private static final Index BY_CODE = Index.of("item_code_idx", false, "code");
    private static final Index BY_ABS_CODE = new Index("item_abs", List.of(IndexKey.expression("abs(code)")), false,
            "btree", null, List.of("code"));
    private static final Index CHEAP = new Index("item_cheap", List.of(IndexKey.column("price")), false, "btree",
            "(code IS NOT NULL)", List.of("code"));
    private static final Index BY_PRICE = Index.of("item_price", false, "price");
    private static final UniqueConstraint CODE_REGION = UniqueConstraint.of("item_code_region_key", "code", "region");
    private static final CheckConstraint CODE_NOT_PRICE = new CheckConstraint("item_check", "((code <> price))",
            List.of("code", "price"));
    private static final ForeignKey STOCK_ITEM = ForeignKey.of("stock_item", List.of("item_code", "item_region"),
            ITEM, List.of("code", "region"));

    /** item.code has an index, an expression and a partial index, a unique key, a check; stock references it. */
    private static SchemaModel database() {
        Table item = new Table(ITEM, List.of(Column.of("id", "bigint", false), Column.of("code", "bigint", true),
                Column.of("region", "integer", true), Column.of("price", "integer", true)),
                PrimaryKey.of("item_pkey", "id"), List.of(CODE_REGION), List.of(CODE_NOT_PRICE), List.of(),
                List.of(BY_CODE, BY_ABS_CODE, CHEAP, BY_PRICE), null);
        Table stock = new Table(STOCK, List.of(Column.of("id", "bigint", false), Column.of("item_code", "bigint", true),
                Column.of("item_region", "integer", true)), PrimaryKey.of("stock_pkey", "id"), List.of(), List.of(),
                List.of(STOCK_ITEM), List.of(), null);
        return new SchemaModel(List.of("public"), List.of(item, stock), List.of(), List.of());
    }

    /** The entities: item without code and what they declared on it; stock without the database's key. */
    private static SchemaModel entities() {
        Table item = new Table(ITEM, List.of(Column.of("id", "bigint", false), Column.of("region", "integer", true),
                Column.of("price", "integer", true)), PrimaryKey.of("item_pkey", "id"), List.of(), List.of(),
                List.of(), List.of(BY_PRICE), null);
        Table stock = database().table(STOCK).orElseThrow().withForeignKeys(List.of());
        return new SchemaModel(List.of("public"), List.of(item, stock), List.of(), List.of());
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    /** The entities dropped a field: its column goes (without a history, a column.extra is only reported). */
    private static ComparePolicy droppingColumns() {
        return ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.APPLY);
    }

    @Test
    void everyIndexAndConstraintOnADroppedColumnIsDroppedOnceBeforeItWhateverThePolicySaysAboutIt() {
        for (Action extras : List.of(Action.APPLY, Action.REPORT, Action.IGNORE)) {
            ComparePolicy policy = droppingColumns().with(Category.INDEX_EXTRA, extras)
                    .with(Category.CONSTRAINT_EXTRA, extras);
            Comparison comparison = SchemaComparator.compare(database(), entities(), policy, TypeWidening.NONE);
            MigrationPlan plan = MigrationPlan.of(comparison);

            assertThat(operations(plan)).as("%s", extras).containsExactlyInAnyOrder(
                    new DropConstraint(STOCK, STOCK_ITEM), new DropConstraint(ITEM, CODE_REGION),
                    new DropConstraint(ITEM, CODE_NOT_PRICE), new DropIndex(ITEM, BY_CODE),
                    new DropIndex(ITEM, BY_ABS_CODE), new DropIndex(ITEM, CHEAP),
                    new DropColumn(ITEM, Column.of("code", "bigint", true)));
            assertThat(operations(plan)).last().isInstanceOf(DropColumn.class);
            assertThat(comparison.reported()).as("%s", extras).isEmpty();
            SchemaModel upgraded = ModelEditor.apply(database(), operations(plan));
            assertThat(ModelsForTests.ignoringColumnOrder(upgraded))
                    .isEqualTo(ModelsForTests.ignoringColumnOrder(entities()));
            SchemaModel downgraded = ModelEditor.apply(upgraded,
                    plan.downgrade().stream().map(Change::operation).toList());
            assertThat(ModelsForTests.ignoringColumnOrder(downgraded))
                    .isEqualTo(ModelsForTests.ignoringColumnOrder(database()));
        }
    }

    @Test
    void whatTheComparisonDropsForItsOwnReasonKeepsThatReason() {
        Comparison comparison = SchemaComparator.compare(database(), entities(), droppingColumns()
                .with(Category.CONSTRAINT_EXTRA, Action.APPLY), TypeWidening.NONE);

        assertThat(comparison.changes()).filteredOn(c -> c.operation() instanceof DropConstraint)
                .extracting(c -> c.differences().get(0).describe()).containsExactlyInAnyOrder(
                        "unique constraint public.item.item_code_region_key: in the database, not in the entities"
                                + " [constraint.extra]",
                        "check constraint public.item.item_check: in the database, not in the entities"
                                + " [constraint.extra]",
                        "foreign key public.stock.stock_item: in the database, not in the entities"
                                + " [constraint.extra]");
        assertThat(comparison.changes()).filteredOn(c -> c.operation() instanceof DropIndex)
                .extracting(c -> c.differences().get(0).describe()).containsExactlyInAnyOrder(
                        "index public.item.item_code_idx: dropped with column public.item.code"
                                + " (PostgreSQL drops it with the column) [column.extra]",
                        "index public.item.item_abs: dropped with column public.item.code"
                                + " (PostgreSQL drops it with the column) [column.extra]",
                        "index public.item.item_cheap: dropped with column public.item.code"
                                + " (PostgreSQL drops it with the column) [column.extra]");
    }

    @Test
    void anIndexAndAForeignKeyOfOneNameOnTheColumnAreTwoDrops() {
        ForeignKey byCode = ForeignKey.of("stock_code", List.of("item_code"), STOCK, List.of("id"));
        Index sameName = Index.of("stock_code", false, "item_code");
        Table stock = database().table(STOCK).orElseThrow().withForeignKeys(List.of(byCode))
                .withIndexes(List.of(sameName));
        SchemaModel current = database().withTables(List.of(stock));
        SchemaModel target = current.withTables(List.of(Table.of(STOCK, List.of(Column.of("id", "bigint", false),
                Column.of("item_region", "integer", true)), PrimaryKey.of("stock_pkey", "id"))));

        MigrationPlan plan = MigrationPlan.of(SchemaComparator.compare(current, target, droppingColumns(),
                TypeWidening.NONE));

        assertThat(operations(plan)).containsExactly(new DropConstraint(STOCK, byCode), new DropIndex(STOCK, sameName),
                new DropColumn(STOCK, Column.of("item_code", "bigint", true)));
        assertThat(ModelsForTests.ignoringColumnOrder(ModelEditor.apply(ModelEditor.apply(current, operations(plan)),
                plan.downgrade().stream().map(Change::operation).toList())))
                .isEqualTo(ModelsForTests.ignoringColumnOrder(current));
    }

    @Test
    void aColumnThePolicyKeepsTakesNothingWithIt() {
        ComparePolicy policy = ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.REPORT)
                .with(Category.CONSTRAINT_EXTRA, Action.APPLY);

        Comparison comparison = SchemaComparator.compare(database(), entities(), policy, TypeWidening.NONE);

        assertThat(comparison.changes()).noneMatch(c -> c.operation() instanceof DropIndex);
        assertThat(comparison.changes()).extracting(Change::operation).containsExactlyInAnyOrder(
                new DropConstraint(STOCK, STOCK_ITEM), new DropConstraint(ITEM, CODE_REGION),
                new DropConstraint(ITEM, CODE_NOT_PRICE));
    }

    @Test
    void aDroppedTableTakesTheForeignKeysThatReferenceItWhateverThePolicySaysAboutThem() {
        SchemaModel target = new SchemaModel(List.of("public"), List.of(entities().table(STOCK).orElseThrow()),
                List.of(), List.of());
        ComparePolicy policy = droppingColumns().with(Category.TABLE_EXTRA, Action.APPLY)
                .with(Category.CONSTRAINT_EXTRA, Action.IGNORE);

        MigrationPlan plan = MigrationPlan.of(SchemaComparator.compare(database(), target, policy,
                TypeWidening.NONE));

        assertThat(operations(plan)).containsExactly(new DropConstraint(STOCK, STOCK_ITEM),
                new DropTable(database().table(ITEM).orElseThrow()));
        SchemaModel upgraded = ModelEditor.apply(database(), operations(plan));
        SchemaModel downgraded = ModelEditor.apply(upgraded, plan.downgrade().stream().map(Change::operation)
                .toList());
        assertThat(downgraded).isEqualTo(database());
    }
}
