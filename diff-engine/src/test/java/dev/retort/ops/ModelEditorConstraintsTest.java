package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static dev.retort.ops.Shop.apply;
import static dev.retort.ops.Shop.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor adds, drops and renames constraints as PostgreSQL does, and refuses what it refuses. */
class ModelEditorConstraintsTest {

    @Test
    void aConstraintNameTheTableAlreadyUsesIsRefused() {
        CheckConstraint check = new CheckConstraint("orders_id_check", "((id < 100))", List.of("id"));

        assertThatThrownBy(() -> apply(new AddConstraint(ORDERS, check)))
                .hasMessageContaining("constraint name orders_id_check is already used on public.orders");
    }

    @Test
    void aUniqueConstraintNamedLikeAnotherRelationIsRefused() {
        assertThatThrownBy(() -> apply(new AddConstraint(CUSTOMER, UniqueConstraint.of("orders_total_idx", "id"))))
                .hasMessageContaining("name public.orders_total_idx is already used by a relation");
    }

    @Test
    void aCheckMayShareItsNameWithAnIndex() {
        CheckConstraint check = new CheckConstraint("orders_total_idx", "((total > 0))", List.of("total"));

        assertThat(table(apply(new AddConstraint(ORDERS, check)), ORDERS).checks()).contains(check);
    }

    @Test
    void aConstraintOnAMissingColumnIsRefused() {
        assertThatThrownBy(() -> apply(new AddConstraint(CUSTOMER, UniqueConstraint.of("customer_city_key", "city"))))
                .hasMessageContaining("uses missing column public.customer.city");
    }

    @Test
    void aSecondPrimaryKeyIsRefused() {
        assertThatThrownBy(() -> apply(new AddConstraint(CUSTOMER, PrimaryKey.of("customer_email_pkey", "email"))))
                .hasMessageContaining("already has a primary key");
    }

    @Test
    void addingAPrimaryKeyMakesItsColumnsNotNull() {
        SchemaModel withoutKey = apply(new DropConstraint(ORDERS, Shop.ORDERS_CUSTOMER_FK));
        withoutKey = ModelEditor.apply(withoutKey, new DropConstraint(CUSTOMER, Shop.CUSTOMER_PKEY));
        PrimaryKey byEmail = PrimaryKey.of("customer_pkey", "email");

        Table customer = table(ModelEditor.apply(withoutKey, new AddConstraint(CUSTOMER, byEmail)), CUSTOMER);

        assertThat(customer.primaryKey()).isEqualTo(byEmail);
        assertThat(customer.columns()).containsExactly(Shop.CUSTOMER_ID, Shop.EMAIL.withNullable(false));
    }

    @Test
    void aForeignKeyToColumnsWithoutAKeyIsRefused() {
        ForeignKey byEmail = ForeignKey.of("orders_note_fk", List.of("note"), ORDERS, List.of("total"));

        assertThatThrownBy(() -> apply(new AddConstraint(ORDERS, byEmail)))
                .hasMessageContaining("which has no primary key or unique constraint on exactly those columns");
    }

    @Test
    void aForeignKeyMayReferenceAUniqueConstraint() {
        ForeignKey byEmail = ForeignKey.of("orders_note_fk", List.of("note"), CUSTOMER, List.of("email"));

        assertThat(table(apply(new AddConstraint(ORDERS, byEmail)), ORDERS).foreignKeys())
                .containsExactly(Shop.ORDERS_CUSTOMER_FK, byEmail);
    }

    @Test
    void addingAUniqueConstraintKeepsTheOthers() {
        UniqueConstraint byNote = UniqueConstraint.of("orders_note_key", "note");

        assertThat(table(apply(new AddConstraint(ORDERS, byNote)), ORDERS).uniqueConstraints()).containsExactly(byNote);
    }

    @Test
    void droppingAConstraintTheTableDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> apply(new DropConstraint(ORDERS, Shop.EMAIL_KEY)))
                .hasMessageContaining("unique constraint customer_email_key is not on public.orders");
    }

    @Test
    void droppingAPrimaryKeyAForeignKeyNeedsIsRefused() {
        assertThatThrownBy(() -> apply(new DropConstraint(CUSTOMER, Shop.CUSTOMER_PKEY)))
                .hasMessageContaining("primary key customer_pkey is still needed by foreign key orders_customer_fk");
    }

    @Test
    void droppingAUniqueConstraintAForeignKeyNeedsIsRefused() {
        ForeignKey byEmail = ForeignKey.of("orders_note_fk", List.of("note"), CUSTOMER, List.of("email"));
        SchemaModel model = apply(new AddConstraint(ORDERS, byEmail));

        assertThatThrownBy(() -> ModelEditor.apply(model, new DropConstraint(CUSTOMER, Shop.EMAIL_KEY)))
                .hasMessageContaining("unique constraint customer_email_key is still needed by foreign key orders_note_fk");
    }

    @Test
    void droppingACheckOnReferencedColumnsIsApplied() {
        CheckConstraint positive = new CheckConstraint("customer_id_check", "((id > 0))", List.of("id"));
        SchemaModel model = apply(new AddConstraint(CUSTOMER, positive));

        assertThat(table(ModelEditor.apply(model, new DropConstraint(CUSTOMER, positive)), CUSTOMER))
                .isEqualTo(Shop.customer());
    }

    @Test
    void droppingAnUnneededUniqueConstraintKeepsTheRest() {
        assertThat(table(apply(new DropConstraint(CUSTOMER, Shop.EMAIL_KEY)), CUSTOMER))
                .isEqualTo(Shop.customer().withUniqueConstraints(List.of()));
    }

    @Test
    void renamingAConstraintTheTableDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> apply(new RenameConstraint(ORDERS, Shop.EMAIL_KEY, "orders_email_key")))
                .hasMessageContaining("constraint customer_email_key is not on public.orders");
    }

    @Test
    void renamingAConstraintToATakenNameIsRefused() {
        assertThatThrownBy(() -> apply(new RenameConstraint(ORDERS, Shop.ORDERS_ID_CHECK, "orders_customer_fk")))
                .hasMessageContaining("constraint name orders_customer_fk is already used");
    }

    @Test
    void renamingAConstraintKeepsWhatItChecks() {
        Table orders = table(apply(new RenameConstraint(ORDERS, Shop.ORDERS_CUSTOMER_FK, "orders_buyer_fk")), ORDERS);

        assertThat(orders.foreignKeys()).containsExactly(Shop.ORDERS_CUSTOMER_FK.withName("orders_buyer_fk"));
    }

    @Test
    void renamingAPrimaryKeyAUniqueConstraintOrACheckKeepsWhatItChecks() {
        assertThat(table(apply(new RenameConstraint(CUSTOMER, Shop.CUSTOMER_PKEY, "customer_key")), CUSTOMER)
                .primaryKey()).isEqualTo(PrimaryKey.of("customer_key", "id"));
        assertThat(table(apply(new RenameConstraint(CUSTOMER, Shop.EMAIL_KEY, "customer_mail_key")), CUSTOMER)
                .uniqueConstraints()).containsExactly(UniqueConstraint.of("customer_mail_key", "email"));
        assertThat(table(apply(new RenameConstraint(ORDERS, Shop.ORDERS_ID_CHECK, "orders_positive")), ORDERS)
                .checks()).containsExactly(Shop.ORDERS_ID_CHECK.withName("orders_positive"));
    }
}
