package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropView;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each operation needs, creates and removes: the facts the ordering is derived from. Most of them also show in
 * an order, but the reading-order tie-break often agrees with them, so they are pinned here directly.
 */
class FootprintsTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final Column ID = new Column("id", ColumnType.of("bigint"), false,
            "nextval('public.item_seq'::regclass)", Identity.NONE, null);
    private static final Column MOOD = new Column("mood", ColumnType.of("public.mood"), true, null, Identity.NONE, null);

    private static Table item() {
        return new Table(ITEM, List.of(ID, MOOD), PrimaryKey.of("item_pkey", "id"),
                List.of(UniqueConstraint.of("item_mood_key", "mood")),
                List.of(new CheckConstraint("item_id_check", "((id > 0))", List.of("id"))), List.of(),
                List.of(Index.of("item_mood_idx", false, "mood")), null);
    }

    private static List<String> consumes(Operation op) {
        return describe(Footprints.of(op).consumes);
    }

    private static List<String> produces(Operation op) {
        return describe(Footprints.of(op).produces);
    }

    private static List<String> destroys(Operation op) {
        return describe(Footprints.of(op).destroys);
    }

    private static List<String> describe(Set<Resource> resources) {
        return resources.stream().map(r -> r.kind() + " " + (r.owner().name().isEmpty() ? r.owner().schema()
                : r.owner().toString()) + (r.detail().isEmpty() ? "" : " " + r.detail().replace('\0', ','))).toList();
    }

    @Test
    void aCreatedTableNeedsItsSchemaSequencesAndTypesAndProvidesEverythingItHolds() {
        CreateTable create = new CreateTable(item());

        assertThat(consumes(create)).containsExactlyInAnyOrder("SCHEMA public", "SEQUENCE public.item_seq",
                "TYPE public.mood");
        assertThat(produces(create)).containsExactlyInAnyOrder("TABLE public.item", "RELATION_NAME public.item",
                "COLUMN public.item id", "NOT_NULL public.item id", "COLUMN public.item mood", "TYPE_USE public.mood",
                "CONSTRAINT_NAME public.item item_pkey", "RELATION_NAME public.item_pkey", "KEY public.item id",
                "CONSTRAINT_NAME public.item item_mood_key", "RELATION_NAME public.item_mood_key",
                "KEY public.item mood", "CONSTRAINT_NAME public.item item_id_check", "RELATION_NAME public.item_mood_idx");
        assertThat(destroys(create)).isEmpty();
    }

    @Test
    void aDroppedTableRemovesWhatItsCreationProvides() {
        assertThat(destroys(new DropTable(item()))).containsExactlyInAnyOrderElementsOf(produces(new CreateTable(item())));
        assertThat(produces(new DropTable(item()))).isEmpty();
    }

    @Test
    void anAddedPrimaryKeyNeedsItsColumnsNotNull() {
        AddConstraint pk = new AddConstraint(ITEM, PrimaryKey.of("item_pkey", "id"));

        assertThat(consumes(pk)).containsExactlyInAnyOrder("TABLE public.item", "COLUMN public.item id",
                "NOT_NULL public.item id");
        assertThat(produces(pk)).containsExactlyInAnyOrder("CONSTRAINT_NAME public.item item_pkey",
                "RELATION_NAME public.item_pkey", "KEY public.item id");
    }

    @Test
    void anAddedCheckOnlyTakesAConstraintName() {
        AddConstraint check = new AddConstraint(ITEM, new CheckConstraint("item_id_check", "((id > 0))", List.of("id")));

        assertThat(consumes(check)).containsExactlyInAnyOrder("TABLE public.item", "COLUMN public.item id");
        assertThat(produces(check)).containsExactly("CONSTRAINT_NAME public.item item_id_check");
    }

    @Test
    void anAddedForeignKeyNeedsTheReferencedTableKeyAndColumns() {
        QualifiedName orders = QualifiedName.of("public", "orders");
        ForeignKey fk = ForeignKey.of("orders_item_fk", List.of("item_id", "mood"), ITEM, List.of("id", "mood"));

        assertThat(consumes(new AddConstraint(orders, fk))).containsExactlyInAnyOrder("TABLE public.orders",
                "COLUMN public.orders item_id", "COLUMN public.orders mood", "TABLE public.item",
                "KEY public.item id,mood", "COLUMN public.item id", "COLUMN public.item mood");
        assertThat(produces(new AddConstraint(orders, fk))).containsExactly("CONSTRAINT_NAME public.orders orders_item_fk");
    }

    @Test
    void anUnnamedConstraintTakesNoName() {
        Table unnamed = Table.of(ITEM, List.of(Column.of("id", "bigint", false)), null)
                .withChecks(List.of(new CheckConstraint(null, "((id > 0))", List.of("id"))));

        assertThat(produces(new CreateTable(unnamed))).containsExactlyInAnyOrder("TABLE public.item",
                "RELATION_NAME public.item", "COLUMN public.item id", "NOT_NULL public.item id");
    }

    @Test
    void onlyAUniqueIndexOnPlainColumnsWithoutPredicateIsAKeyForForeignKeys() {
        Index unique = Index.of("item_mood_uidx", true, "mood");
        Index plain = Index.of("item_mood_uidx", false, "mood");
        Index partial = new Index("item_mood_uidx", List.of(IndexKey.column("mood")), true, "btree", "(id > 0)");
        Index expression = new Index("item_mood_uidx", List.of(IndexKey.column("mood"), IndexKey.expression("lower(x)")),
                true, "btree", null);

        assertThat(produces(new CreateIndex(ITEM, unique))).containsExactlyInAnyOrder(
                "RELATION_NAME public.item_mood_uidx", "KEY public.item mood");
        for (Index notAKey : List.of(plain, partial, expression)) {
            assertThat(produces(new CreateIndex(ITEM, notAKey))).as("%s", notAKey)
                    .containsExactly("RELATION_NAME public.item_mood_uidx");
        }
        assertThat(consumes(new CreateIndex(ITEM, unique))).containsExactlyInAnyOrder("TABLE public.item",
                "COLUMN public.item mood");
    }

    @Test
    void aColumnChangeNeedsTheSequencesAndTypesOfBothStates() {
        Column before = Column.of("n", "bigint", true).withDefault("nextval('public.a_seq'::regclass)");
        Column after = before.withType(ColumnType.of("public.mood")).withDefault("nextval('public.b_seq'::regclass)");

        assertThat(consumes(new AlterColumn(ITEM, before, after))).containsExactlyInAnyOrder("TABLE public.item",
                "COLUMN public.item n",
                "SEQUENCE public.a_seq", "SEQUENCE public.b_seq", "TYPE public.mood");
    }

    @Test
    void aTypeChangeReplacesTheColumnsShapeAndMovesItBetweenTypes() {
        Column before = Column.of("n", "public.mood", true);
        Column after = before.withType(ColumnType.of("public.size"));

        assertThat(produces(new AlterColumn(ITEM, before, after))).containsExactlyInAnyOrder("TYPE_USE public.size",
                "NEW_SHAPE public.item n");
        assertThat(destroys(new AlterColumn(ITEM, before, after))).containsExactlyInAnyOrder("TYPE_USE public.mood",
                "OLD_SHAPE public.item n");
    }

    @Test
    void aChangeThatKeepsTheTypeKeepsTheShapeAndTheTypeUse() {
        Column before = Column.of("n", "public.mood", true);
        Column after = before.withComment("how it feels");

        assertThat(produces(new AlterColumn(ITEM, before, after))).containsExactly("TYPE_USE public.mood");
        assertThat(destroys(new AlterColumn(ITEM, before, after))).isEmpty();
    }

    @Test
    void settingNotNullProvidesTheMarkingAndDroppingItRemovesIt() {
        Column nullable = Column.of("n", "text", true);
        Column notNull = nullable.withNullable(false);

        assertThat(produces(new AlterColumn(ITEM, nullable, notNull))).containsExactly("NOT_NULL public.item n");
        assertThat(destroys(new AlterColumn(ITEM, nullable, notNull))).isEmpty();
        assertThat(destroys(new AlterColumn(ITEM, notNull, nullable))).containsExactly("NOT_NULL public.item n");
        assertThat(produces(new AlterColumn(ITEM, notNull, nullable))).isEmpty();
    }

    @Test
    void aViewNeedsTheShapesAndViewsItReadsAndTakesItsName() {
        View view = new View(QualifiedName.of("public", "v"), "select 1", false,
                List.of(ObjectPath.column(ITEM, "mood"), ObjectPath.view(QualifiedName.of("public", "base"))));

        assertThat(consumes(new CreateView(view))).containsExactlyInAnyOrder("NEW_SHAPE public.item mood",
                "NEW_VIEW public.base");
        assertThat(produces(new CreateView(view))).containsExactlyInAnyOrder("NEW_VIEW public.v",
                "RELATION_NAME public.v");
        assertThat(consumes(new DropView(view))).containsExactlyInAnyOrder("OLD_SHAPE public.item mood",
                "OLD_VIEW public.base");
        assertThat(destroys(new DropView(view))).containsExactlyInAnyOrder("OLD_VIEW public.v", "RELATION_NAME public.v");
    }
}
