package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static dev.retort.ops.Shop.apply;
import static dev.retort.ops.Shop.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.EnumType;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor applies index, sequence, comment, enum type and view operations, and refuses what PostgreSQL refuses. */
class ModelEditorIndexesSequencesTypesAndViewsTest {

    private static final Index EMAIL_IDX = Index.of("customer_email_idx", false, "email");

    @Test
    void anIndexNamedLikeATableASequenceAViewOrAKeyIsRefused() {
        for (String taken : List.of("orders", "order_seq", "order_view", "customer_pkey", "orders_total_idx")) {
            assertThatThrownBy(() -> apply(new CreateIndex(CUSTOMER, Index.of(taken, false, "email"))))
                    .hasMessageContaining("name public." + taken + " is already used by a relation");
        }
    }

    @Test
    void anIndexNamedLikeARelationOfAnotherSchemaIsCreated() {
        SchemaModel model = Shop.model().withTables(List.of(Shop.customer().withName(QualifiedName.of("empty", "c")),
                Shop.customer(), Shop.orders()));

        assertThat(table(ModelEditor.apply(model, new CreateIndex(QualifiedName.of("empty", "c"),
                Index.of("orders_total_idx", false, "email"))), QualifiedName.of("empty", "c")).indexes()).hasSize(1);
    }

    @Test
    void anIndexOnAMissingColumnIsRefused() {
        assertThatThrownBy(() -> apply(new CreateIndex(CUSTOMER, Index.of("customer_city_idx", false, "city"))))
                .hasMessageContaining("index customer_city_idx uses missing column city");
    }

    @Test
    void creatingAnIndexAddsItToItsTable() {
        assertThat(table(apply(new CreateIndex(CUSTOMER, EMAIL_IDX)), CUSTOMER).indexes()).containsExactly(EMAIL_IDX);
    }

    @Test
    void droppingOrRenamingAnIndexTheTableDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> apply(new DropIndex(CUSTOMER, Shop.ORDERS_TOTAL_IDX)))
                .hasMessageContaining("index orders_total_idx is not on public.customer");
        assertThatThrownBy(() -> apply(new RenameIndex(CUSTOMER, Shop.ORDERS_TOTAL_IDX, "x")))
                .hasMessageContaining("index orders_total_idx is not on public.customer");
    }

    @Test
    void droppingAnIndexRemovesIt() {
        assertThat(table(apply(new DropIndex(ORDERS, Shop.ORDERS_TOTAL_IDX)), ORDERS).indexes()).isEmpty();
    }

    @Test
    void renamingAnIndexToATakenNameIsRefused() {
        assertThatThrownBy(() -> apply(new RenameIndex(ORDERS, Shop.ORDERS_TOTAL_IDX, "customer")))
                .hasMessageContaining("name public.customer is already used");
    }

    @Test
    void renamingAnIndexKeepsItsKeysAndTheOtherIndexes() {
        SchemaModel model = apply(new CreateIndex(ORDERS, Index.of("orders_note_idx", false, "note")));

        assertThat(table(ModelEditor.apply(model, new RenameIndex(ORDERS, Shop.ORDERS_TOTAL_IDX, "orders_sum_idx")),
                ORDERS).indexes()).containsExactly(Index.of("orders_note_idx", false, "note"),
                Index.of("orders_sum_idx", false, "total"));
    }

    @Test
    void aSequenceInAMissingSchemaOrWithATakenNameIsRefused() {
        assertThatThrownBy(() -> apply(new CreateSequence(Sequence.of(QualifiedName.of("audit", "s"), 1, 1))))
                .hasMessageContaining("schema of sequence audit.s does not exist");
        assertThatThrownBy(() -> apply(new CreateSequence(Sequence.of(Shop.ORDER_SEQ, 5, 1))))
                .hasMessageContaining("sequence public.order_seq already exists");
    }

    @Test
    void sequencesAreCreatedAlteredAndDropped() {
        Sequence invoices = Sequence.of(QualifiedName.of("public", "invoice_seq"), 1, 1);
        Sequence byOne = Shop.SEQUENCE.withIncrement(1);

        assertThat(apply(new CreateSequence(invoices)).sequences()).containsExactly(invoices, Shop.SEQUENCE);
        assertThat(apply(new AlterSequence(Shop.SEQUENCE, byOne)).sequences()).containsExactly(byOne);
        assertThat(apply(new DropSequence(Shop.SEQUENCE)).sequences()).isEmpty();
    }

    @Test
    void alteringOrDroppingASequenceThatChangedIsRefused() {
        Sequence stale = Shop.SEQUENCE.withStart(7L);

        assertThatThrownBy(() -> apply(new AlterSequence(stale, Shop.SEQUENCE))).hasMessageContaining("not as expected");
        assertThatThrownBy(() -> apply(new DropSequence(stale))).hasMessageContaining("not as expected");
    }

    @Test
    void aTableCommentIsReplacedOnlyFromTheExpectedOne() {
        assertThat(table(apply(new SetTableComment(CUSTOMER, "who buys", "buyers")), CUSTOMER).comment())
                .isEqualTo("buyers");
        assertThatThrownBy(() -> apply(new SetTableComment(CUSTOMER, "stale", "buyers")))
                .hasMessageContaining("comment of public.customer is not as expected");
    }

    @Test
    void anEnumTypeInAMissingSchemaOrWithATakenNameIsRefused() {
        assertThatThrownBy(() -> apply(new CreateEnumType(new EnumType(QualifiedName.of("audit", "m"), List.of("a")))))
                .hasMessageContaining("schema of enum type audit.m does not exist");
        assertThatThrownBy(() -> apply(new CreateEnumType(new EnumType(Shop.MOOD, List.of("a")))))
                .hasMessageContaining("enum type public.mood already exists");
    }

    @Test
    void enumTypesAreCreatedAlteredAndDropped() {
        EnumType size = new EnumType(QualifiedName.of("public", "size"), List.of("s", "m"));
        EnumType moods = new EnumType(Shop.MOOD, List.of("happy", "sad", "calm"));
        SchemaModel withoutFeeling = apply(new DropColumn(ORDERS, Shop.FEELING));

        assertThat(apply(new CreateEnumType(size)).enumTypes()).containsExactly(Shop.MOOD_TYPE, size);
        assertThat(apply(new AlterEnumType(Shop.MOOD_TYPE, moods, List.of())).enumTypes()).containsExactly(moods);
        assertThat(ModelEditor.apply(withoutFeeling, new DropEnumType(Shop.MOOD_TYPE)).enumTypes()).isEmpty();
    }

    @Test
    void alteringOrDroppingAnEnumTypeThatChangedIsRefused() {
        EnumType stale = new EnumType(Shop.MOOD, List.of("sad", "happy"));

        assertThatThrownBy(() -> apply(new AlterEnumType(stale, Shop.MOOD_TYPE, List.of())))
                .hasMessageContaining("enum type public.mood is not as expected");
        assertThatThrownBy(() -> apply(new DropEnumType(stale))).hasMessageContaining("not as expected");
    }

    @Test
    void droppingAnEnumTypeAColumnStillUsesIsRefused() {
        assertThatThrownBy(() -> apply(new DropEnumType(Shop.MOOD_TYPE)))
                .hasMessageContaining("enum type public.mood is still used by public.orders.feeling");
    }

    @Test
    void aViewWhoseNameIsTakenIsRefused() {
        View other = new View(Shop.ORDER_VIEW, "select 1", false);

        assertThatThrownBy(() -> apply(new CreateView(other))).hasMessageContaining("view public.order_view already exists");
    }

    @Test
    void viewsAreCreatedAndDroppedReadersFirst() {
        View totals = new View(QualifiedName.of("public", "totals"), "select total from orders", false);

        assertThat(apply(new CreateView(totals)).views()).hasSize(3).contains(totals);
        assertThat(apply(new DropView(Shop.SUMMARY_READING_ORDER_VIEW)).views())
                .containsExactly(Shop.ORDER_VIEW_READING_NOTE);
        assertThatThrownBy(() -> apply(new DropView(Shop.ORDER_VIEW_READING_NOTE)))
                .hasMessageContaining("view public.order_view is still read by public.summary");
    }

    @Test
    void droppingAViewThatChangedIsRefused() {
        View stale = new View(Shop.SUMMARY, "select 2", true);

        assertThatThrownBy(() -> apply(new DropView(stale))).hasMessageContaining("view public.summary is not as expected");
    }
}
