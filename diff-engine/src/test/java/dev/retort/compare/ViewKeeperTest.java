package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropView;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views the database has are kept working around the changes, or the change that breaks one is reported. */
class ViewKeeperTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final QualifiedName STOCK = QualifiedName.of("public", "stock");
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final Column ID = Column.of("id", "bigint", false);
    private static final Column PRICE = Column.of("price", "integer", true);
    private static final Column NAME = Column.of("name", "text", true);
    private static final Column FEELING = Column.of("feeling", "public.mood", true);

    private static final View PRICES = view("prices", ObjectPath.column(ITEM, "price"));
    private static final View CHEAP = view("cheap", ObjectPath.view(PRICES.name()));
    private static final View CHEAPEST = view("cheapest", ObjectPath.view(CHEAP.name()));
    private static final View NAMES = view("names", ObjectPath.column(ITEM, "name"),
            ObjectPath.column(STOCK, "id"));
    private static final View FEELINGS = view("feelings", ObjectPath.column(ITEM, "feeling"));

    private static View view(String name, ObjectPath... reads) {
        return new View(QualifiedName.of("public", name), "SELECT 1", false, List.of(reads));
    }

    private static SchemaModel database(Column... columns) {
        return SchemaModel.empty("public").withTables(List.of(
                        Table.of(ITEM, List.of(columns), PrimaryKey.of("item_pkey", "id")),
                        Table.of(STOCK, List.of(ID), PrimaryKey.of("stock_pkey", "id"))))
                .withViews(List.of(CHEAPEST, PRICES, NAMES, CHEAP, FEELINGS))
                .withEnumTypes(List.of(new EnumType(MOOD, List.of("sad", "happy"))));
    }

    private static List<Operation> viewOperations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation)
                .filter(op -> op instanceof DropView || op instanceof CreateView).toList();
    }

    private static Comparison compare(SchemaModel database, SchemaModel entities) {
        return SchemaComparator.compare(database, entities, ModelsForTests.applyingEverything(), TypeWidening.NONE);
    }

    @Test
    void aViewReadingAColumnWhoseTypeChangesIsRecreatedAndSoIsEveryViewReadingItToAnyDepth() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        SchemaModel after = database(ID, PRICE.withType(ColumnType.of("bigint")), NAME, FEELING).withViews(List.of());
        Comparison comparison = compare(before, after);
        assertThat(viewOperations(comparison)).containsExactly(new DropView(PRICES), new CreateView(PRICES),
                new DropView(CHEAP), new CreateView(CHEAP), new DropView(CHEAPEST), new CreateView(CHEAPEST));
        assertThat(comparison.changes()).filteredOn(c -> c.operation() instanceof DropView).allSatisfy(c ->
                assertThat(c.differences()).singleElement().satisfies(d -> {
                    assertThat(d.aspect()).isEqualTo(Aspect.DEPENDENCY);
                    assertThat(d.category()).isEqualTo(Category.VIEW_EXTRA);
                }));
        assertThat(comparison.reported()).extracting(Difference::category).containsOnly(Category.VIEW_EXTRA);
    }

    @Test
    void aChangeThatKeepsTheTypeKeepsTheViews() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        Comparison comparison = compare(before, database(ID, PRICE.withNullable(false), NAME, FEELING)
                .withViews(List.of()));
        assertThat(comparison.changes()).hasSize(1);
        assertThat(viewOperations(comparison)).isEmpty();
    }

    @Test
    void aTypeChangeThePolicyOnlyReportsKeepsTheViews() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        Comparison comparison = SchemaComparator.compare(before, database(ID, PRICE.withType(ColumnType.of("bigint")),
                NAME, FEELING).withViews(List.of()), ComparePolicy.defaults().with(Category.COLUMN_TYPE, Action.REPORT),
                TypeWidening.NONE);
        assertThat(comparison.changes()).isEmpty();
    }

    @Test
    void aViewReadingAColumnOfAnEnumWhoseLabelsAreRemovedIsRecreatedButNotWhenLabelsAreOnlyAdded() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        Comparison removing = compare(before, before.withViews(List.of())
                .withEnumTypes(List.of(new EnumType(MOOD, List.of("happy")))));
        assertThat(viewOperations(removing)).containsExactly(new DropView(FEELINGS), new CreateView(FEELINGS));

        Comparison adding = compare(before, before.withViews(List.of())
                .withEnumTypes(List.of(new EnumType(MOOD, List.of("sad", "happy", "ok")))));
        assertThat(viewOperations(adding)).isEmpty();
        Comparison casting = compare(before, before.withViews(List.of())
                .withEnumTypes(List.of(new EnumType(MOOD, List.of("sad", "happy"), true))));
        assertThat(viewOperations(casting)).isEmpty();
    }

    @Test
    void aViewReadingADroppedColumnOrTableCannotBeKeptAndIsReportedOnce() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        SchemaModel entities = SchemaModel.empty("public").withTables(List.of(
                Table.of(ITEM, List.of(ID, FEELING), PrimaryKey.of("item_pkey", "id"))))
                .withEnumTypes(before.enumTypes());
        ComparePolicy dropping = ModelsForTests.applyingEverything();
        Comparison comparison = SchemaComparator.compare(before, entities, dropping, TypeWidening.NONE);
        assertThat(comparison.reported()).filteredOn(d -> d.category() == Category.UNSUPPORTED)
                .extracting(d -> d.path().toString() + ": " + d.reason()).containsExactly(
                        "public.names: the view reads public.item.name, which the entities drop: retort cannot keep"
                                + " the view working; change or drop the view first",
                        "public.prices: the view reads public.item.price, which the entities drop: retort cannot keep"
                                + " the view working; change or drop the view first");
        assertThat(viewOperations(comparison)).isEmpty();
    }

    @Test
    void aViewReadingATableTheEntitiesDropIsReported() {
        SchemaModel before = database(ID, PRICE, NAME, FEELING);
        SchemaModel entities = before.withTables(List.of(before.tables().get(0))).withViews(List.of());
        Comparison comparison = compare(before, entities);
        assertThat(comparison.reported()).filteredOn(d -> d.category() == Category.UNSUPPORTED)
                .extracting(d -> d.path().toString()).containsExactly("public.names");
    }
}
