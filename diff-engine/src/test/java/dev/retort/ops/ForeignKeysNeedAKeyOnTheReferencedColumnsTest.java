package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static dev.retort.ops.Shop.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL accepts a foreign key only to columns that a primary key, a unique constraint or a full unique index on
 * plain columns covers exactly.
 */
class ForeignKeysNeedAKeyOnTheReferencedColumnsTest {

    private static final ForeignKey BY_NOTE = ForeignKey.of("orders_note_fk", List.of("note"), CUSTOMER,
            List.of("email"));

    private static SchemaModel customerIndexedBy(Index index) {
        SchemaModel model = ModelEditor.apply(Shop.model(), new DropConstraint(CUSTOMER, Shop.EMAIL_KEY));
        return ModelEditor.apply(model, new CreateIndex(CUSTOMER, index));
    }

    @Test
    void aForeignKeyToAFullUniqueIndexIsAdded() {
        SchemaModel model = customerIndexedBy(Index.of("customer_email_idx", true, "email"));

        assertThat(table(ModelEditor.apply(model, new AddConstraint(ORDERS, BY_NOTE)), ORDERS).foreignKeys())
                .contains(BY_NOTE);
    }

    @Test
    void aForeignKeyToAPlainPartialOrExpressionIndexIsRefused() {
        List<Index> notKeys = List.of(Index.of("customer_email_idx", false, "email"),
                new Index("customer_email_idx", List.of(IndexKey.column("email")), true, "btree", "(id > 0)"),
                new Index("customer_email_idx", List.of(IndexKey.column("email"), IndexKey.expression("lower(email)")),
                        true, "btree", null));
        for (Index index : notKeys) {
            SchemaModel model = customerIndexedBy(index);
            assertThatThrownBy(() -> ModelEditor.apply(model, new AddConstraint(ORDERS, BY_NOTE))).as("%s", index)
                    .hasMessageContaining("has no primary key or unique constraint on exactly those columns");
        }
    }

    @Test
    void aForeignKeyToMoreColumnsThanAKeyCoversIsRefused() {
        ForeignKey wide = ForeignKey.of("orders_wide_fk", List.of("customer_id", "note"), CUSTOMER,
                List.of("id", "email"));

        assertThatThrownBy(() -> Shop.apply(new AddConstraint(ORDERS, wide)))
                .hasMessageContaining("has no primary key or unique constraint on exactly those columns");
    }

    @Test
    void aForeignKeyToAMissingTableIsRefused() {
        ForeignKey dangling = ForeignKey.of("orders_gone_fk", List.of("note"), dev.retort.schema.QualifiedName.of(
                "public", "gone"), List.of("id"));

        assertThatThrownBy(() -> Shop.apply(new AddConstraint(ORDERS, dangling)))
                .hasMessageContaining("table public.gone does not exist");
    }
}
