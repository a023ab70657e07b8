package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rename the database would refuse is reported instead, naming what holds the name: for an index or an
 * index-backed constraint, any relation of the schema; for any constraint, another constraint of its table.
 */
class NameClashTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final QualifiedName OTHER = QualifiedName.of("public", "other");
    private static final Column ID = Column.of("id", "bigint", false);
    private static final Column CODE = Column.of("code", "text", true);
    private static final UniqueConstraint LEGACY_KEY = UniqueConstraint.of("legacy_key", "code");
    private static final Index LEGACY_IDX = Index.of("legacy_idx", false, "code");

    private static Table item() {
        return Table.of(ITEM, List.of(ID, CODE), PrimaryKey.of("item_pkey", "id"));
    }

    /** A schema in which the name "taken" is held by the relation of the given kind. */
    private static SchemaModel holding(String holder, Table item) {
        Table other = Table.of(OTHER, List.of(ID, CODE), PrimaryKey.of("other_pkey", "id"));
        SchemaModel schema = SchemaModel.empty("public");
        return switch (holder) {
            case "table" -> schema.withTables(List.of(item, other.withName(QualifiedName.of("public", "taken"))));
            case "primary key" -> schema.withTables(List.of(item, other.withPrimaryKey(PrimaryKey.of("taken", "id"))));
            case "unique constraint" -> schema.withTables(List.of(item,
                    other.withUniqueConstraints(List.of(UniqueConstraint.of("taken", "code")))));
            case "index" -> schema.withTables(List.of(item, other.withIndexes(List.of(Index.of("taken", false, "id")))));
            case "sequence" -> schema.withTables(List.of(item)).withSequences(List.of(
                    new Sequence(QualifiedName.of("public", "taken"), "bigint", 1L, 1, 1L, 9L, 1L, false)));
            default -> schema.withTables(List.of(item)).withViews(List.of(
                    new View(QualifiedName.of("public", "taken"), "SELECT 1", false)));
        };
    }

    private static SchemaModel entities(SchemaModel database, Table item) {
        return database.withTables(database.tables().stream().map(t -> t.name().equals(ITEM) ? item : t).toList());
    }

    private static Comparison compare(SchemaModel database, SchemaModel entities) {
        return SchemaComparator.compare(database, entities, ComparePolicy.defaults(), TypeWidening.NONE);
    }

    /** What is reported besides the view that holds the name (views are always reported). */
    private static List<Difference> namesReported(Comparison comparison) {
        return comparison.reported().stream().filter(d -> d.category() != Category.VIEW_EXTRA).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "primary key", "unique constraint", "index", "sequence", "view"})
    void anIndexIsNotRenamedToANameAnyRelationHolds(String holder) {
        SchemaModel database = holding(holder, item().withIndexes(List.of(LEGACY_IDX)));
        Comparison comparison = compare(database, entities(database,
                item().withIndexes(List.of(LEGACY_IDX.withName("taken")))));
        assertThat(comparison.changes()).isEmpty();
        assertThat(namesReported(comparison)).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.INDEX_NAME);
            assertThat(d.reason()).contains("holds the name taken (rename it first, by hand)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "primary key", "unique constraint", "index", "sequence", "view"})
    void aUniqueConstraintIsNotRenamedToANameAnyRelationHolds(String holder) {
        SchemaModel database = holding(holder, item().withUniqueConstraints(List.of(LEGACY_KEY)));
        Comparison comparison = compare(database, entities(database,
                item().withUniqueConstraints(List.of(LEGACY_KEY.withName("taken")))));
        assertThat(comparison.changes()).isEmpty();
        assertThat(namesReported(comparison)).singleElement().extracting(Difference::category)
                .isEqualTo(Category.CONSTRAINT_NAME);
    }

    @Test
    void aConstraintIsNotRenamedToTheNameOfAnotherConstraintOfItsTable() {
        CheckConstraint rule = CheckConstraint.of("item_rule", "(code <> '')");
        SchemaModel database = SchemaModel.empty("public").withTables(List.of(
                item().withUniqueConstraints(List.of(LEGACY_KEY)).withChecks(List.of(rule))));
        Comparison comparison = compare(database, SchemaModel.empty("public").withTables(List.of(
                item().withUniqueConstraints(List.of(LEGACY_KEY.withName("item_rule"))))));
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).filteredOn(d -> d.category() == Category.CONSTRAINT_NAME).singleElement()
                .extracting(Difference::reason).isEqualTo("same unique constraint, named differently by the entities,"
                        + " but the check constraint item_rule of public.item holds the name item_rule"
                        + " (rename it first, by hand)");
    }

    @Test
    void aCheckIsNoRelationSoItMayTakeTheNameOfOne() {
        CheckConstraint rule = CheckConstraint.of("item_rule", "(code <> '')");
        SchemaModel database = holding("table", item().withChecks(List.of(rule)));
        Comparison comparison = compare(database, entities(database, item().withChecks(List.of(rule.withName("taken")))));
        assertThat(comparison.changes()).extracting(Change::operation)
                .containsExactly(new RenameConstraint(ITEM, rule, "taken"));
        assertThat(comparison.differences().get(0).reason())
                .isEqualTo("same check constraint, named differently by the entities");
    }

    @Test
    void aRefusedRenameThePolicyIgnoresIsNotReported() {
        SchemaModel database = holding("table", item().withIndexes(List.of(LEGACY_IDX)));
        Comparison comparison = SchemaComparator.compare(database, entities(database,
                item().withIndexes(List.of(LEGACY_IDX.withName("taken")))),
                ComparePolicy.defaults().with(Category.INDEX_NAME, Action.IGNORE), TypeWidening.NONE);
        assertThat(comparison.isEmpty()).isTrue();
    }

    @Test
    void amongEqualIndexesTheOneOfTheSameNamePairsSoTheOtherIsTheExtraOne() {
        Index first = Index.of("a_idx", false, "code");
        Index second = Index.of("b_idx", false, "code");
        SchemaModel database = SchemaModel.empty("public").withTables(List.of(item().withIndexes(
                List.of(first, second))));
        Comparison comparison = compare(database, SchemaModel.empty("public").withTables(List.of(
                item().withIndexes(List.of(second)))));
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.INDEX_EXTRA);
            assertThat(d.path().member()).isEqualTo("a_idx");
        });
    }

    @Test
    void anUnpairedIndexIsRenamedFromTheFirstOfEqualOnes() {
        Index first = Index.of("a_idx", false, "code");
        Index second = Index.of("b_idx", false, "code");
        SchemaModel database = SchemaModel.empty("public").withTables(List.of(item().withIndexes(
                List.of(first, second))));
        Comparison comparison = compare(database, SchemaModel.empty("public").withTables(List.of(
                item().withIndexes(List.of(second.withName("c_idx"))))));
        assertThat(comparison.changes()).extracting(Change::operation)
                .containsExactly(new RenameIndex(ITEM, first, "c_idx"));
    }
}
