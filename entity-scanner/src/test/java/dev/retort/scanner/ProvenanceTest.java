package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;

/** Every table, column and sequence says where it comes from, in the user's words, read from Hibernate's bindings. */
class ProvenanceTest {

    private static final String SHOP = Fixtures.SHOP + ".";
    private static ScanResult shop;
    private static ScanResult others;

    @BeforeAll
    static void scan() throws EntityScanException {
        shop = Fixtures.scan(Fixtures.SHOP);
        others = Fixtures.scan(Fixtures.SINGLE, Fixtures.JOINED, Fixtures.PER_CLASS, Fixtures.AUDIT, Fixtures.QUOTED,
                Fixtures.NAMING);
    }

    private static String originOf(ScanResult result, String table) {
        return result.provenance().originOf(ObjectPath.table(name(table))).orElse(null);
    }

    private static String originOf(ScanResult result, String table, String column) {
        return result.provenance().origins().get(ObjectPath.column(name(table), column));
    }

    private static QualifiedName name(String table) {
        int dot = table.indexOf('.');
        return dot < 0 ? QualifiedName.of("public", table) : QualifiedName.of(table.substring(0, dot),
                table.substring(dot + 1));
    }

    @Test
    void everyTableColumnAndSequenceHasAnOrigin() throws EntityScanException {
        List<ScanResult> results = List.of(shop, others,
                Fixtures.scan(Map.of("hibernate.default_schema", "sales"), Fixtures.NAMING, Fixtures.AUDIT),
                Fixtures.scan(Map.of("hibernate.globally_quoted_identifiers", "true"), Fixtures.SHOP),
                Fixtures.scan(Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"), Fixtures.NAMING),
                Fixtures.scan(Map.of("hibernate.id.db_structure_naming_strategy", "single"), Fixtures.NAMING),
                Fixtures.scan(Fixtures.UNMODELLED, Fixtures.DEFINITIONS, Fixtures.RESERVED));
        for (ScanResult result : results) {
            Provenance provenance = result.provenance();
            List<ObjectPath> orphans = new ArrayList<>();
            for (Table table : result.target().tables()) {
                if (!provenance.origins().containsKey(ObjectPath.table(table.name()))) {
                    orphans.add(ObjectPath.table(table.name()));
                }
                for (Column column : table.columns()) {
                    ObjectPath path = ObjectPath.column(table.name(), column.name());
                    if (!provenance.origins().containsKey(path)) {
                        orphans.add(path);
                    }
                }
            }
            for (Sequence sequence : result.target().sequences()) {
                if (!provenance.origins().containsKey(ObjectPath.sequence(sequence.name()))) {
                    orphans.add(ObjectPath.sequence(sequence.name()));
                }
            }
            assertThat(orphans).isEmpty();
        }
    }

    @Test
    void entityTablesAndColumnsNameTheClassAndTheField() {
        assertThat(originOf(shop, "customer")).isEqualTo("entity " + SHOP + "Customer");
        assertThat(originOf(shop, "customer", "createdat")).isEqualTo(SHOP + "Customer.createdAt");
        assertThat(originOf(shop, "customer", "version")).isEqualTo(SHOP + "Customer.version");
        assertThat(originOf(shop, "purchase_order", "customer_id")).isEqualTo(SHOP + "PurchaseOrder.customer");
    }

    @Test
    void embeddedColumnsNameThePathThroughTheEmbeddable() {
        assertThat(originOf(shop, "customer", "zip_code")).isEqualTo(SHOP + "Customer.address.zip");
        assertThat(originOf(shop, "orderline", "order_id")).isEqualTo(SHOP + "OrderLine.id.orderId");
        assertThat(originOf(shop, "shipment", "tracking_no")).isEqualTo(SHOP + "Shipment.trackingNo");
    }

    @Test
    void collectionTablesNameTheOwningCollection() {
        assertThat(originOf(shop, "customer_tag")).isEqualTo("collection " + SHOP + "Customer.tags");
        assertThat(originOf(shop, "customer_tag", "customer_id")).isEqualTo(SHOP + "Customer.tags (owner key)");
        assertThat(originOf(shop, "customer_tag", "tag")).isEqualTo(SHOP + "Customer.tags");
        assertThat(originOf(shop, "customer_previous_address", "position"))
                .isEqualTo(SHOP + "Customer.previousAddresses (index)");
        assertThat(originOf(shop, "customer_previous_address", "old_street"))
                .isEqualTo(SHOP + "Customer.previousAddresses.street");
        assertThat(originOf(shop, "product_category")).isEqualTo("collection " + SHOP + "Product.categories");
        assertThat(originOf(shop, "product", "supplier_id")).isEqualTo(SHOP + "Supplier.products (owner key)");
    }

    @Test
    void secondaryTablesNameTheirEntity() {
        assertThat(originOf(shop, "product_detail")).isEqualTo("secondary table of " + SHOP + "Product");
        assertThat(originOf(shop, "product_detail", "product_id")).isEqualTo(SHOP + "Product.id");
        assertThat(originOf(shop, "product_detail", "description")).isEqualTo(SHOP + "Product.description");
    }

    @Test
    void inheritanceColumnsNameTheClassThatDeclaresThem() {
        String single = Fixtures.SINGLE + ".";
        assertThat(originOf(others, "vehicle", "kind")).isEqualTo(single + "Vehicle discriminator");
        assertThat(originOf(others, "vehicle", "seats")).isEqualTo(single + "Car.seats");
        assertThat(originOf(others, "vehicle", "payloadtons")).isEqualTo(single + "Truck.payloadTons");
        assertThat(originOf(others, "banktransfer", "payment_id")).isEqualTo(Fixtures.JOINED + ".BankTransfer.id");
        assertThat(originOf(others, "memo", "title")).isEqualTo(Fixtures.PER_CLASS + ".Memo.title");
    }

    @Test
    void sequencesAndGeneratorTablesNameTheirGeneratorAndItsUsers() {
        assertThat(shop.provenance().originOf(ObjectPath.sequence(name("order_seq"))))
                .contains("id generator of " + SHOP + "PurchaseOrder.id");
        assertThat(shop.provenance().originOf(ObjectPath.sequence(name("shared_seq"))))
                .contains("id generator shared_gen of " + SHOP + "Category.id, " + SHOP + "Invoice.id, " + SHOP
                        + "Supplier.id");
        assertThat(originOf(others, "audit.id_generators")).isEqualTo("id generator of " + Fixtures.AUDIT
                + ".AuditEntry.id");
    }
}
