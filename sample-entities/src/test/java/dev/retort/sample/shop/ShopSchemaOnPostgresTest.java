package dev.retort.sample.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hibernate's own create script for the shop model (PostgreSQL 15 dialect, built without a connection) runs on a
 * real PostgreSQL, and every mapping feature the model is there to exercise shows up both in the script and in the
 * catalog it leaves behind.
 */
@ExtendWith(PostgresExtension.class)
class ShopSchemaOnPostgresTest {

    private static TestDatabase database;
    private static List<String> script;

    @BeforeAll
    static void applyHibernatesCreateScript(TestDatabase freshDatabase) {
        database = freshDatabase;
        script = ShopModel.createScript();
        ShopModel.applyCreateScript(database); // fails naming the statement PostgreSQL rejected
    }

    @Test
    void theScriptCreatesOneTableForEachEntityTableJoinTableAndCollectionTable() {
        assertThat(query("select table_name from information_schema.tables where table_schema = 'public'"
                + " order by table_name")).containsExactly(
                "audit_event", "bank_transfer_payment", "card_payment", "category", "coupon", "customer",
                "customer_order", "order_line", "payment", "product", "product_image", "product_supplier",
                "product_tag", "review", "shipment", "stock_item", "supplier", "user", "warehouse");
    }

    @Test
    void everySequenceBackedIdAllocatesInBlocksOfFifty() {
        assertThat(script).contains(
                "create sequence customer_seq start with 1 increment by 50",
                // a bare @GeneratedValue gets <table>_SEQ, unquoted, so PostgreSQL folds it to lower case
                "create sequence category_SEQ start with 1 increment by 50");
        assertThat(query("select sequencename || ' ' || increment_by from pg_sequences"
                + " where schemaname = 'public' order by sequencename")).containsExactly(
                "audit_event_id_seq 1", // owned by the identity column, not by a generator
                "category_seq 50", "coupon_seq 50", "customer_order_seq 50", "customer_seq 50",
                "order_line_seq 50", "payment_seq 50", "product_image_seq 50", "product_seq 50",
                "shipment_seq 50", "stock_item_seq 50", "supplier_seq 50", "warehouse_seq 50");
    }

    @Test
    void theProductSupplierManyToManyIsAJoinTableKeyedByBothForeignKeys() {
        assertThat(script).contains("create table product_supplier (product_id bigint not null,"
                + " supplier_id bigint not null, primary key (product_id, supplier_id))");
        assertThat(foreignKeysOf("product_supplier")).containsExactly(
                "FOREIGN KEY (product_id) REFERENCES product(id)",
                "FOREIGN KEY (supplier_id) REFERENCES supplier(id)");
    }

    @Test
    void productTagsAreACollectionTableKeyedByProductAndTag() {
        assertThat(script).contains("create table product_tag (product_id bigint not null,"
                + " tag varchar(50) not null, primary key (product_id, tag))");
        assertThat(foreignKeysOf("product_tag")).containsExactly("FOREIGN KEY (product_id) REFERENCES product(id)");
    }

    @Test
    void usersAndReviewsHaveUuidIds() {
        assertThat(script).anyMatch(sql -> sql.startsWith("create table \"user\" (id uuid not null,"));
        assertThat(columnsOfType("uuid")).containsExactly("review.id", "user.id");
    }

    @Test
    void moneyIsNumericWithPrecisionTwelveAndScaleTwo() {
        assertThat(script).anyMatch(sql -> sql.contains("total_amount numeric(12,2) not null"));
        assertThat(query("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type = 'numeric'"
                + " and numeric_precision = 12 and numeric_scale = 2 order by 1")).containsExactly(
                "audit_event.new_price", "audit_event.old_price", "customer_order.total_amount",
                "order_line.unit_price", "payment.amount", "product.price");
        assertThat(columnsOfType("numeric")).contains("coupon.discount_percent"); // numeric(5,2)
    }

    @Test
    void instantsAreTimestampsWithTimeZoneAndLocalDatesAreDates() {
        assertThat(columnsOfType("timestamp with time zone")).contains(
                "customer.created_at", "customer_order.placed_at", "payment.captured_at", "user.last_login_at");
        assertThat(columnsOfType("date")).containsExactly(
                "bank_transfer_payment.value_date", "coupon.valid_from", "coupon.valid_until",
                "customer.birth_date", "shipment.delivered_on");
    }

    @Test
    void longTextIsTextAndNothingIsALargeObject() {
        assertThat(script).anyMatch(sql -> sql.contains("description text,"));
        assertThat(columnsOfType("text")).containsExactly("product.description", "review.body");
        assertThat(columnsOfType("oid")).isEmpty();
    }

    @Test
    void userIsTheOnlyQuotedIdentifier() {
        Matcher quoted = Pattern.compile("\"[^\"]*\"").matcher(String.join("\n", script));
        Set<String> identifiers = quoted.results().map(m -> m.group()).collect(Collectors.toSet());
        assertThat(identifiers).containsExactly("\"user\"");
        assertThat(query("select relname from pg_class where relname = 'user' and relkind = 'r'"))
                .containsExactly("user");
    }

    @Test
    void namedUniqueConstraintsKeepTheirNamesAndUniqueColumnsGetPostgresNames() {
        assertThat(script).anyMatch(sql -> sql.contains("constraint uk_customer_order_number unique (order_number)"))
                .anyMatch(sql -> sql.contains("constraint uk_order_line_position unique (order_id, position)"))
                .anyMatch(sql -> sql.contains("email varchar(254) not null unique"));
        assertThat(query("select conname from pg_constraint where contype = 'u'"
                + " and connamespace = 'public'::regnamespace order by conname")).containsExactly(
                "bank_transfer_payment_payment_reference_key", "category_slug_key", "coupon_code_key",
                "customer_email_key", "supplier_vat_number_key", "uk_customer_order_number", "uk_order_line_position", "uk_product_sku",
                "uk_stock_item_product_warehouse", "user_customer_id_key", // @OneToOne makes its join column unique
                "user_username_key", "warehouse_code_key");
    }

    @Test
    void indexesKeepTheirNamesColumnOrderAndDirection() {
        assertThat(script).contains("create index idx_customer_order_status_placed on customer_order"
                + " (status, placed_at desc)");
        assertThat(query("select indexdef from pg_indexes where schemaname = 'public' and indexname like 'idx%'"
                + " order by indexname")).containsExactly(
                "CREATE INDEX idx_audit_event_occurred ON public.audit_event USING btree (occurred_at)",
                "CREATE INDEX idx_customer_last_first_name ON public.customer USING btree (last_name, first_name)",
                "CREATE INDEX idx_customer_order_customer ON public.customer_order USING btree (customer_id)",
                "CREATE INDEX idx_customer_order_status_placed ON public.customer_order"
                        + " USING btree (status, placed_at DESC)",
                "CREATE INDEX idx_payment_order ON public.payment USING btree (order_id)",
                "CREATE INDEX idx_product_category_active ON public.product USING btree (category_id, active)",
                "CREATE INDEX idx_product_name ON public.product USING btree (name)",
                "CREATE INDEX idx_review_product_created ON public.review USING btree (product_id, created_at)",
                "CREATE INDEX idx_shipment_order ON public.shipment USING btree (order_id)");
    }

    @Test
    void onlyOrderLinesAreDeletedByTheDatabaseWithTheirOrder() {
        assertThat(script).contains("alter table if exists order_line add constraint FKhx2sh9w4yimwp265ak68pa7i5"
                + " foreign key (order_id) references customer_order on delete cascade");
        assertThat(query("select conrelid::regclass || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where contype = 'f' and confdeltype = 'c'")).containsExactly(
                "order_line FOREIGN KEY (order_id) REFERENCES customer_order(id) ON DELETE CASCADE");
    }

    @Test
    void loyaltyPointsDefaultToZero() {
        assertThat(script).anyMatch(sql -> sql.contains("loyalty_points integer default 0 not null"));
        assertThat(query("select column_default from information_schema.columns"
                + " where table_name = 'customer' and column_name = 'loyalty_points'")).containsExactly("0");
    }

    @Test
    void theBillingAddressIsRequiredAndTheShippingAddressIsNot() {
        assertThat(query("select column_name || ' ' || is_nullable from information_schema.columns"
                + " where table_name = 'customer_order' and column_name like '%ing\\_%' order by 1")).containsExactly(
                "billing_city NO", "billing_country_code NO", "billing_postal_code NO", "billing_street NO",
                "shipping_city YES", "shipping_country_code YES", "shipping_postal_code YES", "shipping_street YES");
    }

    @Test
    void versionColumnsAreRequiredAndTypedLikeTheirFields() {
        assertThat(query("select table_name || ' ' || data_type || ' ' || is_nullable from information_schema.columns"
                + " where table_schema = 'public' and column_name = 'version' order by 1")).containsExactly(
                "customer bigint NO", "customer_order integer NO", "product bigint NO", "stock_item bigint NO");
    }

    @Test
    void theAuditTableAndItsActorColumnCarryComments() {
        assertThat(script).contains(
                "comment on table audit_event is 'Append-only audit trail; rows are never updated or deleted'",
                "comment on column audit_event.actor is 'Username of whoever caused the event'");
        assertThat(query("select obj_description('audit_event'::regclass, 'pg_class')"))
                .containsExactly("Append-only audit trail; rows are never updated or deleted");
        assertThat(query("select col_description('audit_event'::regclass, attnum) from pg_attribute"
                + " where attrelid = 'audit_event'::regclass and attname = 'actor'"))
                .containsExactly("Username of whoever caused the event");
    }

    @Test
    void auditEventsShareOneTableWithAnIdentityIdAndACheckedDiscriminator() {
        assertThat(query("select is_identity || ' ' || identity_generation from information_schema.columns"
                + " where table_name = 'audit_event' and column_name = 'id'")).containsExactly("YES BY DEFAULT");
        assertThat(checksOf("audit_event")).contains(
                "CHECK (((event_type)::text = ANY ((ARRAY['ORDER_STATUS'::character varying,"
                        + " 'PRICE_CHANGE'::character varying])::text[])))");
    }

    @Test
    void enumStatusesAreVarcharsCheckedAgainstTheEnumNames() {
        assertThat(columnsOfType("character varying")).contains("customer_order.status", "payment.status");
        assertThat(checksOf("customer_order")).containsExactly(
                "CHECK (((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying,"
                        + " 'SHIPPED'::character varying, 'DELIVERED'::character varying,"
                        + " 'CANCELLED'::character varying])::text[])))");
    }

    @Test
    void paymentSubclassesShareThePaymentPrimaryKey() {
        assertThat(foreignKeysOf("card_payment")).containsExactly("FOREIGN KEY (payment_id) REFERENCES payment(id)");
        assertThat(foreignKeysOf("bank_transfer_payment"))
                .containsExactly("FOREIGN KEY (payment_id) REFERENCES payment(id)");
        assertThat(query("select pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = 'card_payment'::regclass and contype = 'p'"))
                .containsExactly("PRIMARY KEY (payment_id)");
    }

    private static List<String> query(String sql) {
        return database.queryColumn(sql);
    }

    private static List<String> columnsOfType(String dataType) {
        return query("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = 'public' and data_type = '" + dataType + "' order by 1");
    }

    private static List<String> foreignKeysOf(String table) {
        return query("select pg_get_constraintdef(oid) from pg_constraint where contype = 'f'"
                + " and conrelid = '" + table + "'::regclass order by 1");
    }

    private static List<String> checksOf(String table) {
        return query("select pg_get_constraintdef(oid) from pg_constraint where contype = 'c'"
                + " and conrelid = '" + table + "'::regclass order by 1");
    }
}
