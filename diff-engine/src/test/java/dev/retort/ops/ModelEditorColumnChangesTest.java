package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static dev.retort.ops.Shop.apply;
import static dev.retort.ops.Shop.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** The editor changes a column in place, and refuses what PostgreSQL refuses. */
class ModelEditorColumnChangesTest {

    @Test
    void changingAColumnThatChangedSinceTheOperationWasMadeIsRefused() {
        Column stale = Shop.TOTAL.withComment("stale");

        assertThatThrownBy(() -> apply(new AlterColumn(ORDERS, stale, Shop.TOTAL.withNullable(false))))
                .hasMessageContaining("not in the state AlterColumn expects");
    }

    @Test
    void changingTheTypeOfAColumnAViewReadsIsRefused() {
        Column note = Shop.NOTE.withType(ColumnType.of("character varying(80)"));

        assertThatThrownBy(() -> apply(new AlterColumn(ORDERS, Shop.NOTE, note)))
                .hasMessageContaining("view public.order_view reads public.orders.note");
    }

    @Test
    void commentingAColumnAViewReadsIsApplied() {
        Column note = Shop.NOTE.withComment("free text");

        assertThat(table(apply(new AlterColumn(ORDERS, Shop.NOTE, note)), ORDERS).column("note")).contains(note);
    }

    @Test
    void makingAPrimaryKeyColumnNullableIsRefused() {
        assertThatThrownBy(() -> apply(new AlterColumn(CUSTOMER, Shop.CUSTOMER_ID, Shop.CUSTOMER_ID.withNullable(true))))
                .hasMessageContaining("is in a primary key");
    }

    @Test
    void makingAColumnOutsideThePrimaryKeyNotNullIsApplied() {
        Column email = Shop.EMAIL.withNullable(false);

        assertThat(table(apply(new AlterColumn(CUSTOMER, Shop.EMAIL, email)), CUSTOMER).columns())
                .containsExactly(Shop.CUSTOMER_ID, email);
    }
}
