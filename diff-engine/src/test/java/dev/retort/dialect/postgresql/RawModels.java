package dev.retort.dialect.postgresql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Models written the way the entity scanner writes them: Hibernate's type spellings, unnamed primary keys,
 * unique and check constraints, raw check expressions. The tests normalize them through the database.
 */
final class RawModels {

    private RawModels() {
    }

    /** A small shop: customer, orders (FK with ON DELETE), a sequence, an enum check, an index, a comment. */
    static SchemaModel shop() {
        Table customer = new Table(QualifiedName.of("public", "customer"), List.of(
                new Column("id", ColumnType.of("bigint"), false, null, Identity.NONE, null),
                new Column("email", ColumnType.of("varchar(80)"), false, null, Identity.NONE, "login e-mail"),
                new Column("name", ColumnType.of("varchar(255)"), true, null, Identity.NONE, null),
                new Column("status", ColumnType.of("varchar(20)"), true, null, Identity.NONE, null),
                new Column("points", ColumnType.of("integer"), false, "0", Identity.NONE, null),
                new Column("created_at", ColumnType.of("timestamp(6) with time zone"), false, "CURRENT_TIMESTAMP",
                        Identity.NONE, null)),
                PrimaryKey.of(null, "id"),
                List.of(UniqueConstraint.of(null, "email")),
                List.of(CheckConstraint.of(null, "status in ('ACTIVE','CLOSED')")),
                List.of(), List.of(Index.of("idx_customer_name", false, "name")), "our customers");
        Table orders = new Table(QualifiedName.of("public", "orders"), List.of(
                new Column("id", ColumnType.of("bigint"), false, null, Identity.NONE, null),
                new Column("amount", ColumnType.of("numeric(12,2)"), true, null, Identity.NONE, null),
                new Column("ratio", ColumnType.of("float(53)"), true, null, Identity.NONE, null),
                new Column("customer_id", ColumnType.of("bigint"), false, null, Identity.NONE, null)),
                PrimaryKey.of(null, "id"), List.of(), List.of(),
                List.of(ForeignKey.of("fk_orders_customer", List.of("customer_id"),
                        QualifiedName.of("public", "customer"), List.of("id"))),
                List.of(), null);
        return new SchemaModel(List.of("public"), List.of(customer, orders),
                List.of(Sequence.of(QualifiedName.of("public", "orders_seq"), 1, 50)), List.of());
    }

    static SchemaModel withTable(SchemaModel model, String name, java.util.function.UnaryOperator<Table> change) {
        QualifiedName qualified = name.contains(".") ? QualifiedName.of(name.split("\\.")[0], name.split("\\.")[1])
                : QualifiedName.of("public", name);
        return model.withTables(model.tables().stream().map(t -> t.name().equals(qualified) ? change.apply(t) : t)
                .toList());
    }

    static SchemaModel plus(SchemaModel model, Table table) {
        List<Table> tables = new ArrayList<>(model.tables());
        tables.add(table);
        List<String> schemas = new ArrayList<>(model.schemas());
        if (!schemas.contains(table.name().schema())) {
            schemas.add(table.name().schema());
        }
        return new SchemaModel(schemas, tables, model.sequences(), model.views());
    }

    static Column column(String name, String type, boolean nullable) {
        return new Column(name, ColumnType.of(type), nullable, null, Identity.NONE, null);
    }

    static <T> List<T> append(List<T> values, T value) {
        List<T> copy = new ArrayList<>(values);
        copy.add(value);
        return copy;
    }
}
