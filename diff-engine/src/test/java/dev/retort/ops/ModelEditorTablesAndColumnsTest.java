package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.NOTE;
import static dev.retort.ops.Shop.ORDERS;
import static dev.retort.ops.Shop.apply;
import static dev.retort.ops.Shop.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor applies schema, table and column operations as PostgreSQL does, and refuses what it refuses. */
class ModelEditorTablesAndColumnsTest {

    private static final QualifiedName AUDIT_LOG = QualifiedName.of("audit", "log");

    @Test
    void creatingASchemaAddsIt() {
        assertThat(apply(new CreateSchema("audit")).schemas()).containsExactly("audit", "empty", "public");
    }

    @Test
    void creatingASchemaThatExistsIsRefused() {
        assertThatThrownBy(() -> apply(new CreateSchema("public"))).hasMessageContaining("already exists");
    }

    @Test
    void droppingAnEmptySchemaRemovesOnlyIt() {
        assertThat(apply(new DropSchema("empty")).schemas()).containsExactly("public");
    }

    @Test
    void droppingAMissingSchemaIsRefused() {
        assertThatThrownBy(() -> apply(new DropSchema("audit"))).hasMessageContaining("does not exist");
    }

    @Test
    void droppingASchemaThatHoldsATableIsRefused() {
        assertThatThrownBy(() -> apply(new DropSchema("public"))).hasMessageContaining("is not empty");
    }

    @Test
    void droppingASchemaThatHoldsOnlyASequenceIsRefused() {
        SchemaModel model = SchemaModel.empty("audit")
                .withSequences(List.of(Sequence.of(QualifiedName.of("audit", "log_seq"), 1, 1)));

        assertThatThrownBy(() -> ModelEditor.apply(model, new DropSchema("audit")))
                .hasMessageContaining("is not empty");
    }

    @Test
    void creatingATableInAMissingSchemaIsRefused() {
        Table log = Table.of(AUDIT_LOG, List.of(Column.of("id", "bigint", false)), null);

        assertThatThrownBy(() -> apply(new CreateTable(log))).hasMessageContaining("schema of audit.log");
    }

    @Test
    void creatingATableThatExistsIsRefused() {
        assertThatThrownBy(() -> apply(new CreateTable(Shop.customer().withComment(null))))
                .hasMessageContaining("already exists");
    }

    @Test
    void droppingATableThatChangedSinceTheOperationWasMadeIsRefused() {
        Table orders = Shop.orders().withoutForeignKeys().withComment("changed");

        assertThatThrownBy(() -> apply(new DropTable(orders))).hasMessageContaining("not in the state");
    }

    @Test
    void droppingATableAForeignKeyStillReferencesIsRefused() {
        assertThatThrownBy(() -> apply(new DropTable(Shop.customer())))
                .hasMessageContaining("still referenced by foreign key orders_customer_fk");
    }

    @Test
    void droppingAnUnreferencedTableRemovesOnlyIt() {
        SchemaModel withoutOrders = ModelEditor.apply(Shop.model(), List.of(
                new DropView(Shop.SUMMARY_READING_ORDER_VIEW), new DropView(Shop.ORDER_VIEW_READING_NOTE),
                new DropConstraint(ORDERS, Shop.ORDERS_CUSTOMER_FK), new DropTable(Shop.orders().withoutForeignKeys())));

        assertThat(withoutOrders.tables()).containsExactly(Shop.customer());
    }

    @Test
    void addingAColumnAppendsIt() {
        Column city = Column.of("city", "text", true);

        assertThat(table(apply(new AddColumn(CUSTOMER, city)), CUSTOMER).columns())
                .containsExactly(Shop.CUSTOMER_ID, Shop.EMAIL, city);
    }

    @Test
    void addingAColumnThatExistsIsRefused() {
        assertThatThrownBy(() -> apply(new AddColumn(CUSTOMER, Column.of("email", "text", false))))
                .hasMessageContaining("already exists");
    }

    @Test
    void droppingAColumnThatChangedSinceTheOperationWasMadeIsRefused() {
        assertThatThrownBy(() -> apply(new DropColumn(ORDERS, Column.of("total", "integer", true))))
                .hasMessageContaining("not in the state DropColumn expects");
    }

    @Test
    void droppingAColumnAConstraintUsesIsRefused() {
        assertThatThrownBy(() -> apply(new DropColumn(CUSTOMER, Shop.EMAIL)))
                .hasMessageContaining("unique constraint customer_email_key still uses column public.customer.email");
    }

    @Test
    void droppingAColumnAnIndexUsesIsRefused() {
        assertThatThrownBy(() -> apply(new DropColumn(ORDERS, Shop.TOTAL)))
                .hasMessageContaining("index orders_total_idx still uses column");
    }

    @Test
    void droppingAColumnAForeignKeyReferencesIsRefusedNamingTheForeignKey() {
        assertThatThrownBy(() -> apply(new DropColumn(CUSTOMER, Shop.CUSTOMER_ID)))
                .hasMessageContaining("still referenced by foreign key orders_customer_fk of public.orders");
    }

    @Test
    void droppingAColumnAViewReadsIsRefused() {
        assertThatThrownBy(() -> apply(new DropColumn(ORDERS, NOTE)))
                .hasMessageContaining("view public.order_view reads public.orders.note");
    }

    @Test
    void droppingAnUnusedColumnRemovesOnlyIt() {
        SchemaModel model = apply(new DropColumn(ORDERS, Shop.FEELING));

        assertThat(table(model, ORDERS).columns()).extracting(Column::name)
                .containsExactly("id", "customer_id", "note", "total");
    }
}
