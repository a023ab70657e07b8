package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renames do to the model what PostgreSQL does to the catalog: every reference by name follows, and a reference the
 * model keeps as SQL text (a check's expression, a view's query) stops the rename, as retort does not rewrite it.
 */
class ModelEditorRenamesTest {

    private static final QualifiedName CLIENT = QualifiedName.of("public", "client");

    @Test
    void renamingATableMovesItAndTheForeignKeysThatReferenceItFollow() {
        SchemaModel model = Shop.model().withViews(List.of());

        SchemaModel renamed = ModelEditor.apply(model, new RenameTable(Shop.customer(), "client"));

        assertThat(renamed.table(CUSTOMER)).isEmpty();
        assertThat(Shop.table(renamed, CLIENT).withName(CUSTOMER)).isEqualTo(Shop.customer());
        assertThat(Shop.table(renamed, ORDERS).foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactly(CLIENT);
        assertThat(ModelEditor.apply(renamed, new RenameTable(Shop.customer(), "client").reverse())).isEqualTo(model);
    }

    @Test
    void renamingAColumnRenamesItInTheKeysIndexesAndForeignKeysThatListIt() {
        SchemaModel model = Shop.model().withViews(List.of());
        Table customer = Shop.table(model, CUSTOMER).withIndexes(List.of(Index.of("customer_id_idx", false, "id")));
        model = model.withTables(List.of(customer, Shop.orders()));

        SchemaModel renamed = ModelEditor.apply(model, new RenameColumn(CUSTOMER, Shop.CUSTOMER_ID, "key"));

        Table after = Shop.table(renamed, CUSTOMER);
        assertThat(after.columns()).extracting(c -> c.name()).containsExactly("key", "email");
        assertThat(after.primaryKey().columns()).containsExactly("key");
        assertThat(after.indexes().get(0).columns()).containsExactly("key");
        assertThat(Shop.table(renamed, ORDERS).foreignKeys().get(0).referencedColumns()).containsExactly("key");
        assertThat(ModelEditor.apply(renamed, new RenameColumn(CUSTOMER, Shop.CUSTOMER_ID, "key").reverse()))
                .isEqualTo(model);
    }

    @Test
    void aColumnThatACheckOrAViewReadsIsNotRenamedByTheModel() {
        assertThatThrownBy(() -> Shop.apply(new RenameColumn(ORDERS, Shop.ORDER_ID, "key")))
                .hasMessageContaining("check constraint orders_id_check reads column public.orders.id");
        assertThatThrownBy(() -> Shop.apply(new RenameColumn(ORDERS, Shop.NOTE, "remark")))
                .hasMessageContaining("view public.order_view reads column public.orders.note");
        assertThatThrownBy(() -> Shop.apply(new RenameTable(Shop.orders(), "purchase")))
                .hasMessageContaining("view public.order_view reads table public.orders");
    }

    @Test
    void aRenameToATakenNameIsRefused() {
        assertThatThrownBy(() -> Shop.apply(new RenameTable(Shop.customer(), "orders")))
                .hasMessageContaining("public.orders is already used");
        assertThatThrownBy(() -> Shop.apply(new RenameColumn(CUSTOMER, Shop.EMAIL, "id")))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> Shop.apply(new RenameSequence(Shop.SEQUENCE, "customer_pkey")))
                .hasMessageContaining("already used");
    }

    @Test
    void renamingASequenceKeepsItsOptions() {
        SchemaModel renamed = Shop.apply(new RenameSequence(Shop.SEQUENCE, "purchase_seq"));

        assertThat(renamed.sequence(Shop.ORDER_SEQ)).isEmpty();
        assertThat(renamed.sequence(QualifiedName.of("public", "purchase_seq")).orElseThrow().increment())
                .isEqualTo(50);
    }
}
