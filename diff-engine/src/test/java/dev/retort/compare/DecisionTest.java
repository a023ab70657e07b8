package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.DropConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What becomes of differences: accepted ones stay silent, drops take back reports, and their reasons read well. */
class DecisionTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final QualifiedName STOCK = QualifiedName.of("public", "stock");
    private static final QualifiedName LEGACY = QualifiedName.of("public", "legacy");
    private static final Column ID = Column.of("id", "bigint", false);
    private static final Column CODE = Column.of("code", "bigint", true);
    private static final Index BY_CODE = Index.of("item_code_idx", false, "code");
    private static final ForeignKey STOCK_ITEM = ForeignKey.of("stock_item", List.of("item_code"), ITEM,
            List.of("code"));

    private static Table item(Column... columns) {
        return Table.of(ITEM, List.of(columns), PrimaryKey.of("item_pkey", "id"));
    }

    private static Table stock() {
        return Table.of(STOCK, List.of(ID, Column.of("item_code", "bigint", true)), PrimaryKey.of("stock_pkey", "id"))
                .withForeignKeys(List.of(STOCK_ITEM));
    }

    private static SchemaModel model(Table... tables) {
        return SchemaModel.empty("public").withTables(List.of(tables));
    }

    @Test
    void anAcceptedDifferenceStaysSilentEvenWhereARuleWouldApplyIt() {
        Table legacy = Table.of(LEGACY, List.of(ID), null);
        CompareOptions options = new CompareOptions(ComparePolicy.defaults().with(Category.TABLE_EXTRA, Action.APPLY),
                TypeWidening.NONE, MadeUpNames.none(), difference -> Cause.ACCEPTED);
        assertThat(SchemaComparator.compare(model(legacy), model(), options).isEmpty()).isTrue();
    }

    @Test
    void aDroppedColumnTakesBackTheReportOfItsIndexButNotOtherReports() {
        SchemaModel database = model(item(ID, CODE).withIndexes(List.of(BY_CODE)), Table.of(LEGACY, List.of(ID), null));
        ComparePolicy policy = ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.APPLY);
        Comparison comparison = SchemaComparator.compare(database, model(item(ID)), policy, TypeWidening.NONE);
        assertThat(comparison.reported()).extracting(d -> d.path().toString()).containsExactly("public.legacy");
    }

    @Test
    void aForeignKeyDroppedWithTheColumnItReferencesSaysSo() {
        ComparePolicy policy = ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.APPLY);
        Comparison comparison = SchemaComparator.compare(model(item(ID, CODE), stock()), model(item(ID), stock()),
                policy, TypeWidening.NONE);
        assertThat(comparison.changes()).filteredOn(c -> c.operation() instanceof DropConstraint).singleElement()
                .satisfies(c -> assertThat(c.differences().get(0).describe()).isEqualTo(
                        "foreign key public.stock.stock_item: dropped with column public.item.code, which it"
                                + " references (PostgreSQL refuses to drop the column while it exists) [column.extra]"));
    }

    @Test
    void aForeignKeyDroppedWithTheTableItReferencesSaysSo() {
        ComparePolicy policy = ComparePolicy.defaults().with(Category.TABLE_EXTRA, Action.APPLY);
        Comparison comparison = SchemaComparator.compare(model(item(ID, CODE), stock()), model(stock()), policy,
                TypeWidening.NONE);
        assertThat(comparison.changes()).filteredOn(c -> c.operation() instanceof DropConstraint).singleElement()
                .satisfies(c -> assertThat(c.differences().get(0).describe()).isEqualTo(
                        "foreign key public.stock.stock_item: dropped with table public.item, which it"
                                + " references (PostgreSQL refuses to drop the table while it exists) [table.extra]"));
    }

    @Test
    void aForeignKeyOfAnotherTableReferencingAnotherColumnStays() {
        ForeignKey byId = ForeignKey.of("stock_item_id", List.of("item_code"), ITEM, List.of("id"));
        Table stock = stock().withForeignKeys(List.of(byId));
        ComparePolicy policy = ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.APPLY);
        Comparison comparison = SchemaComparator.compare(model(item(ID, CODE), stock), model(item(ID), stock),
                policy, TypeWidening.NONE);
        assertThat(comparison.changes()).noneMatch(c -> c.operation() instanceof DropConstraint);
    }

    @Test
    void aChangeMadeByHandIsReportedUnlessTheRulesIgnoreItsKind() {
        SchemaModel history = model(item(ID, CODE));
        SchemaModel entities = model(item(ID, CODE).withIndexes(List.of(BY_CODE)));
        HistoryComparison.Sides sides = new HistoryComparison.Sides(entities, entities, history, entities);

        Comparison byDefault = HistoryComparison.compare(sides, AcceptedDifferences.none(),
                CompareOptions.withoutHistory(ComparePolicy.defaults(), TypeWidening.NONE));
        assertThat(byDefault.changes()).isEmpty();
        assertThat(byDefault.reported()).singleElement().satisfies(d -> {
            assertThat(d.cause()).isEqualTo(Cause.DRIFT);
            assertThat(d.category()).isEqualTo(Category.INDEX_MISSING);
        });

        Comparison ignored = HistoryComparison.compare(sides, AcceptedDifferences.none(), CompareOptions.withoutHistory(
                ComparePolicy.defaults().with(Category.INDEX_MISSING, Action.IGNORE), TypeWidening.NONE));
        assertThat(ignored.isEmpty()).isTrue();
    }
}
