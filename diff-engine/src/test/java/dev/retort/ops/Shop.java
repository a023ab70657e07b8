package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.List;

/**
 * A small shop schema with one of each kind of object, for tests of single operations: customers, orders that
 * reference them, a sequence, an enum type used by a column, and two views (one reading the orders' note, one reading the
 * other view).
 */
final class Shop {

    static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    static final QualifiedName ORDER_SEQ = QualifiedName.of("public", "order_seq");
    static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    static final QualifiedName ORDER_VIEW = QualifiedName.of("public", "order_view");
    static final QualifiedName SUMMARY = QualifiedName.of("public", "summary");

    static final Column CUSTOMER_ID = Column.of("id", "bigint", false);
    static final Column EMAIL = Column.of("email", "text", true);
    static final Column ORDER_ID = Column.of("id", "bigint", false);
    static final Column CUSTOMER_REF = Column.of("customer_id", "bigint", true);
    static final Column FEELING = new Column("feeling", ColumnType.of("public.mood"), true, null, Identity.NONE, null);
    static final Column NOTE = Column.of("note", "text", true);
    static final Column TOTAL = Column.of("total", "numeric(12,2)", true);

    static final PrimaryKey CUSTOMER_PKEY = PrimaryKey.of("customer_pkey", "id");
    static final UniqueConstraint EMAIL_KEY = UniqueConstraint.of("customer_email_key", "email");
    static final ForeignKey ORDERS_CUSTOMER_FK = ForeignKey.of("orders_customer_fk", List.of("customer_id"),
            CUSTOMER, List.of("id"));
    static final CheckConstraint ORDERS_ID_CHECK = new CheckConstraint("orders_id_check", "((id > 0))", List.of("id"));
    static final Index ORDERS_TOTAL_IDX = Index.of("orders_total_idx", false, "total");

    static final Sequence SEQUENCE = Sequence.of(ORDER_SEQ, 1, 50);
    static final EnumType MOOD_TYPE = new EnumType(MOOD, List.of("happy", "sad"));
    static final View ORDER_VIEW_READING_NOTE = new View(ORDER_VIEW, "select note from orders", false,
            List.of(ObjectPath.column(ORDERS, "note")));
    static final View SUMMARY_READING_ORDER_VIEW = new View(SUMMARY, "select * from order_view", true,
            List.of(ObjectPath.view(ORDER_VIEW)));

    private Shop() {
    }

    static Table customer() {
        return new Table(CUSTOMER, List.of(CUSTOMER_ID, EMAIL), CUSTOMER_PKEY, List.of(EMAIL_KEY), List.of(),
                List.of(), List.of(), "who buys");
    }

    static Table orders() {
        return new Table(ORDERS, List.of(ORDER_ID, CUSTOMER_REF, FEELING, NOTE, TOTAL), PrimaryKey.of("orders_pkey", "id"),
                List.of(), List.of(ORDERS_ID_CHECK), List.of(ORDERS_CUSTOMER_FK), List.of(ORDERS_TOTAL_IDX), null);
    }

    static SchemaModel model() {
        return new SchemaModel(List.of("public", "empty"), List.of(customer(), orders()), List.of(SEQUENCE),
                List.of(ORDER_VIEW_READING_NOTE, SUMMARY_READING_ORDER_VIEW), List.of(MOOD_TYPE), List.of());
    }

    static SchemaModel apply(Operation operation) {
        return ModelEditor.apply(model(), operation);
    }

    static Table table(SchemaModel model, QualifiedName name) {
        return model.table(name).orElseThrow();
    }
}
