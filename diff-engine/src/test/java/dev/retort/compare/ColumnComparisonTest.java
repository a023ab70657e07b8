package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns and table comments: the category, the reason and the operation of each kind of change. */
class ColumnComparisonTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final Column ID = Column.of("id", "bigint", false);

    private static SchemaModel item(Column... columns) {
        List<Column> all = new java.util.ArrayList<>(List.of(ID));
        all.addAll(List.of(columns));
        return SchemaModel.empty("public").withTables(List.of(Table.of(ITEM, all, PrimaryKey.of("item_pkey", "id"))));
    }

    private static Comparison compare(SchemaModel database, SchemaModel entities, ComparePolicy policy) {
        return SchemaComparator.compare(database, entities, policy, TypeWidening.NONE);
    }

    private static Difference onlyDifference(Column database, Column entities) {
        List<Difference> differences = compare(item(database), item(entities), ComparePolicy.defaults())
                .differences();
        assertThat(differences).hasSize(1);
        return differences.get(0);
    }

    private static List<Operation> operations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation).toList();
    }

    @Test
    void aNewNotNullColumnWithoutADefaultWarnsThatItFailsOnATableWithRows() {
        Column code = Column.of("code", "text", false);
        Comparison comparison = compare(item(), item(code), ComparePolicy.defaults());
        assertThat(operations(comparison)).containsExactly(new AddColumn(ITEM, code));
        assertThat(comparison.differences().get(0).reason()).isEqualTo(
                "in the entities, not in the database; NOT NULL without a default fails if the table has rows");
        assertThat(comparison.differences().get(0).to()).isEqualTo("text");
    }

    @Test
    void aNewColumnThatIsNullableHasADefaultOrIsAnIdentityNeedsNoWarning() {
        for (Column column : List.of(Column.of("code", "text", true), Column.of("code", "text", false).withDefault("''"),
                Column.of("code", "bigint", false).withIdentity(Identity.BY_DEFAULT))) {
            assertThat(compare(item(), item(column), ComparePolicy.defaults()).differences().get(0).reason())
                    .isEqualTo(Reasons.ONLY_IN_ENTITIES);
        }
    }

    @Test
    void aColumnOnlyTheDatabaseHasIsReportedAndDroppedWhenThePolicySays() {
        Column legacy = Column.of("legacy", "integer", true);
        Comparison reported = compare(item(legacy), item(), ComparePolicy.defaults());
        assertThat(reported.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.COLUMN_EXTRA);
            assertThat(d.from()).isEqualTo("integer");
            assertThat(d.reason()).isEqualTo(Reasons.ONLY_IN_DATABASE);
        });
        assertThat(operations(compare(item(legacy), item(),
                ComparePolicy.defaults().with(Category.COLUMN_EXTRA, Action.APPLY))))
                .containsExactly(new DropColumn(ITEM, legacy));
    }

    @Test
    void nullabilityIsStricterWhenOnlyTheDatabaseRequiresAValue() {
        Difference stricter = onlyDifference(Column.of("code", "text", false), Column.of("code", "text", true));
        assertThat(stricter.category()).isEqualTo(Category.COLUMN_NULLABILITY_STRICTER);
        assertThat(stricter.reason()).isEqualTo("the entities allow NULL");
        Difference required = onlyDifference(Column.of("code", "text", true), Column.of("code", "text", false));
        assertThat(required.category()).isEqualTo(Category.COLUMN_NULLABILITY);
        assertThat(required.reason()).isEqualTo("the entities require a value");
    }

    @Test
    void aDefaultIsExtraMissingOrChanged() {
        Column plain = Column.of("code", "text", true);
        Difference extra = onlyDifference(plain.withDefault("'a'"), plain);
        assertThat(extra.category()).isEqualTo(Category.COLUMN_DEFAULT_EXTRA);
        assertThat(extra.reason()).isEqualTo("the entities declare no default");
        Difference missing = onlyDifference(plain, plain.withDefault("'a'"));
        assertThat(missing.category()).isEqualTo(Category.COLUMN_DEFAULT_MISSING);
        assertThat(missing.reason()).isEqualTo("the entities declare this default");
        assertThat(onlyDifference(plain.withDefault("'b'"), plain.withDefault("'a'")).category())
                .isEqualTo(Category.COLUMN_DEFAULT);
    }

    @Test
    void aColumnCommentIsExtraOrChanged() {
        Column plain = Column.of("code", "text", true);
        Difference extra = onlyDifference(plain.withComment("old"), plain);
        assertThat(extra.category()).isEqualTo(Category.COLUMN_COMMENT_EXTRA);
        assertThat(extra.reason()).isEqualTo("the entities declare no comment");
        Difference changed = onlyDifference(plain.withComment("old"), plain.withComment("new"));
        assertThat(changed.category()).isEqualTo(Category.COLUMN_COMMENT);
        assertThat(changed.reason()).isEqualTo("the entities declare another comment");
    }

    @Test
    void aTypeChangeNamesWhatChangedInWordsOfTheType() {
        assertThat(onlyDifference(Column.of("p", "numeric(10,2)", true), Column.of("p", "numeric(12,2)", true))
                .reason()).isEqualTo("precision/scale [10, 2] -> [12, 2] in the entities");
        assertThat(onlyDifference(Column.of("t", "timestamp(3) without time zone", true),
                Column.of("t", "timestamp without time zone", true)).reason())
                .isEqualTo("fractional-second precision [3] -> unbounded in the entities");
        assertThat(onlyDifference(Column.of("d", "interval(6)", true), Column.of("d", "interval(3)", true)).reason())
                .isEqualTo("fractional-second precision [6] -> [3] in the entities");
        assertThat(onlyDifference(Column.of("c", "character(2)", true), Column.of("c", "character(3)", true)).reason())
                .isEqualTo("length [2] -> [3] in the entities");
        assertThat(onlyDifference(Column.of("c", "integer", true), Column.of("c", "bigint", true)).reason())
                .isEqualTo("the entities map another type");
    }

    @Test
    void aWiderTypeIsItsOwnCategory() {
        TypeWidening textIsWider = (database, entities) -> database.sql().equals("text");
        Comparison comparison = SchemaComparator.compare(item(Column.of("c", "text", true)),
                item(Column.of("c", "character varying(9)", true)), ComparePolicy.defaults(), textIsWider);
        assertThat(comparison.reported()).singleElement().extracting(Difference::category)
                .isEqualTo(Category.COLUMN_TYPE_WIDER);
    }

    @Test
    void anIdentityByDefaultIsTheEntitiesToStateButAlwaysIsTheDatabasesOwn() {
        Column plain = Column.of("id2", "bigint", false);
        Difference byDefault = onlyDifference(plain, plain.withIdentity(Identity.BY_DEFAULT));
        assertThat(byDefault.reason()).isEqualTo("the entities say the column is generated by default as identity");
        assertThat(byDefault.describable()).isTrue();
        assertThat(onlyDifference(plain.withIdentity(Identity.BY_DEFAULT), plain).reason())
                .isEqualTo("the entities say the column is not an identity");
        Difference always = onlyDifference(plain, plain.withIdentity(Identity.ALWAYS));
        assertThat(always.reason()).isEqualTo("the entities say the column is generated always as identity");
        assertThat(always.describable()).isFalse();
        assertThat(onlyDifference(plain.withIdentity(Identity.ALWAYS), plain).describable()).isFalse();
    }

    @Test
    void oneAlterColumnCarriesOnlyTheAspectsThePolicyApplies() {
        Column database = Column.of("code", "character varying(5)", false);
        Column entities = Column.of("code", "character varying(9)", true).withComment("the code");
        ComparePolicy policy = ComparePolicy.defaults().with(Category.COLUMN_NULLABILITY_STRICTER, Action.IGNORE)
                .with(Category.COLUMN_COMMENT, Action.REPORT);
        Comparison comparison = compare(item(database), item(entities), policy);
        assertThat(operations(comparison)).containsExactly(new AlterColumn(ITEM, database,
                database.withType(ColumnType.of("character varying(9)"))));
        assertThat(comparison.reported()).extracting(Difference::aspect).containsExactly(Aspect.COMMENT);
    }

    @Test
    void aTableCommentIsSetChangedOrReportedAsExtra() {
        Table bare = Table.of(ITEM, List.of(ID), PrimaryKey.of("item_pkey", "id"));
        SchemaModel without = SchemaModel.empty("public").withTables(List.of(bare));
        SchemaModel with = without.withTables(List.of(bare.withComment("items")));

        Comparison setting = compare(without, with, ComparePolicy.defaults());
        assertThat(operations(setting)).containsExactly(new SetTableComment(ITEM, null, "items"));
        assertThat(setting.differences().get(0).reason()).isEqualTo("the entities declare another table comment");
        assertThat(setting.differences().get(0).category()).isEqualTo(Category.TABLE_COMMENT);

        Comparison extra = compare(with, without, ComparePolicy.defaults());
        assertThat(extra.changes()).isEmpty();
        assertThat(extra.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.TABLE_COMMENT_EXTRA);
            assertThat(d.reason()).isEqualTo("the entities declare no table comment");
        });
    }
}
