package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/**
 * What each mapping shape becomes in the model. {@link HibernateDdlAgreementTest} proves the same models equal
 * Hibernate's own DDL and PostgreSQL's catalog; this test pins the shapes one by one so that a change says which.
 */
class MappingShapesTest {

    private static SchemaModel shop;
    private static SchemaModel inheritance;

    @BeforeAll
    static void scan() throws EntityScanException {
        shop = Fixtures.scan(Fixtures.SHOP).target();
        inheritance = Fixtures.scan(Fixtures.SINGLE, Fixtures.JOINED, Fixtures.PER_CLASS, Fixtures.AUDIT,
                Fixtures.QUOTED).target();
    }

    private static Table table(SchemaModel model, String name) {
        QualifiedName qualified = name.contains(".") ? QualifiedName.of(name.substring(0, name.indexOf('.')),
                name.substring(name.indexOf('.') + 1)) : QualifiedName.of("public", name);
        return model.table(qualified).orElseThrow(() -> new AssertionError("no table " + qualified + " in "
                + model.tables().stream().map(Table::name).toList()));
    }

    private static Column column(SchemaModel model, String table, String column) {
        return table(model, table).column(column).orElseThrow(() -> new AssertionError("no column " + column));
    }

    private static ForeignKey foreignKeyOn(SchemaModel model, String table, String column) {
        return table(model, table).foreignKeys().stream().filter(key -> key.columns().equals(List.of(column)))
                .findFirst().orElseThrow(() -> new AssertionError("no foreign key on " + table + "." + column));
    }

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName PURCHASE_ORDER = QualifiedName.of("public", "purchase_order");
    private static final QualifiedName PRODUCT = QualifiedName.of("public", "product");

    @Test
    void unquotedNamesFoldToLowerCaseAndPrimaryKeysAreLeftUnnamed() {
        Table category = table(shop, "category");
        assertThat(category.name()).isEqualTo(QualifiedName.of("public", "category"));
        assertThat(category.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(column(shop, "customer", "createdat").type().sql()).isEqualTo("timestamp(6) with time zone");
    }

    @Test
    void columnsComeInHibernatesOrderWithTypesAsHibernateSpellsThem() {
        assertThat(table(shop, "customer").columns()).extracting(Column::name).containsExactly("id", "city", "street",
                "zip_code", "createdat", "email", "name", "notes", "points", "status", "tier", "version");
        assertThat(column(shop, "customer", "name").type().sql()).isEqualTo("varchar(100)");
        assertThat(column(shop, "purchase_order", "total").type().sql()).isEqualTo("numeric(12,2)");
        assertThat(column(shop, "customer", "id").type().sql()).isEqualTo("uuid");
    }

    @Test
    void aManyToOneWithOnDeleteIsACascadingNotNullForeignKey() {
        ForeignKey toCustomer = foreignKeyOn(shop, "purchase_order", "customer_id");
        assertThat(toCustomer.referencedTable()).isEqualTo(CUSTOMER);
        assertThat(toCustomer.referencedColumns()).containsExactly("id");
        assertThat(toCustomer.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(toCustomer.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(toCustomer.name()).isEqualTo("fk158vbkwgyf5r6ogk9nkugqv2c");
        assertThat(column(shop, "purchase_order", "customer_id").nullable()).isFalse();
    }

    @Test
    void anOptionalManyToOneIsANullableForeignKeyWithItsExplicitName() {
        ForeignKey toProduct = foreignKeyOn(shop, "orderline", "product_id");
        assertThat(toProduct.name()).isEqualTo("fk_line_product");
        assertThat(toProduct.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(column(shop, "orderline", "product_id").nullable()).isTrue();
        assertThat(foreignKeyOn(shop, "shipment", "order_id").onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void aOneToOneIsAUniqueForeignKeyAndMapsIdSharesTheOwnersKey() {
        assertThat(table(shop, "invoice").uniqueConstraints()).containsExactly(UniqueConstraint.of(null, "order_id"));
        assertThat(foreignKeyOn(shop, "invoice", "order_id").referencedTable()).isEqualTo(PURCHASE_ORDER);
        Table profile = table(shop, "customerprofile");
        assertThat(profile.primaryKey().columns()).containsExactly("customer_id");
        assertThat(foreignKeyOn(shop, "customerprofile", "customer_id").referencedTable()).isEqualTo(CUSTOMER);
    }

    @Test
    void anEmbeddedIdWithMapsIdIsACompositeKeyPartlyForeign() {
        Table line = table(shop, "orderline");
        assertThat(line.primaryKey().columns()).containsExactly("lineno", "order_id");
        assertThat(foreignKeyOn(shop, "orderline", "order_id").referencedTable()).isEqualTo(PURCHASE_ORDER);
    }

    @Test
    void anIdClassIsACompositeKeyOfTheIdFields() {
        assertThat(table(shop, "shipment").primaryKey().columns()).containsExactly("carrier", "tracking_no");
    }

    @Test
    void aOneToManyWithAJoinColumnPutsTheKeyInTheChildTable() {
        ForeignKey toSupplier = foreignKeyOn(shop, "product", "supplier_id");
        assertThat(toSupplier.referencedTable()).isEqualTo(QualifiedName.of("public", "supplier"));
        assertThat(column(shop, "product", "supplier_id").nullable()).isTrue();
    }

    @Test
    void aOneToManyWithAJoinTableKeysTheTableByTheElement() {
        Table featured = table(shop, "supplier_featured_product");
        assertThat(featured.columns()).extracting(Column::name).containsExactly("supplier_id", "featured_id");
        assertThat(featured.primaryKey().columns()).containsExactly("featured_id");
        assertThat(featured.foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder(PRODUCT, QualifiedName.of("public", "supplier"));
    }

    @Test
    void aManyToManyJoinTableIsKeyedByBothSides() {
        Table join = table(shop, "product_category");
        assertThat(join.primaryKey().columns()).containsExactly("product_id", "category_id");
        assertThat(join.foreignKeys()).hasSize(2);
    }

    @Test
    void anElementCollectionOfBasicsIsATableWithAUniqueKeyInsteadOfAPrimaryKey() {
        Table tags = table(shop, "customer_tag");
        assertThat(tags.primaryKey()).isNull();
        assertThat(tags.uniqueConstraints()).containsExactly(UniqueConstraint.of(null, "customer_id", "tag"));
        assertThat(column(shop, "customer_tag", "tag").type().sql()).isEqualTo("varchar(30)");
    }

    @Test
    void anOrderedElementCollectionOfEmbeddablesIsKeyedByOwnerAndPosition() {
        Table previous = table(shop, "customer_previous_address");
        assertThat(previous.primaryKey().columns()).containsExactly("customer_id", "position");
        assertThat(previous.columns()).extracting(Column::name).contains("old_street", "zip_code", "city");
        assertThat(previous.checks()).containsExactly(CheckConstraint.of(null, "position>=0"));
    }

    @Test
    void anEmbeddedValueAddsItsColumnsToTheOwnersTable() {
        assertThat(column(shop, "customer", "zip_code").nullable()).isFalse();
        assertThat(column(shop, "customer", "street").type().sql()).isEqualTo("varchar(80)");
    }

    @Test
    void enumsGetHibernatesCheckConstraints() {
        assertThat(column(shop, "customer", "status").type().sql()).isEqualTo("varchar(255)");
        assertThat(column(shop, "customer", "tier").type().sql()).isEqualTo("smallint");
        assertThat(table(shop, "customer").checks()).containsExactlyInAnyOrder(
                CheckConstraint.of(null, "status in ('ACTIVE','SUSPENDED','CLOSED')"),
                CheckConstraint.of(null, "tier between 0 and 2"));
    }

    @Test
    void checksKeepTheirNamesAndTableChecksComeFromBothAnnotations() {
        assertThat(table(shop, "purchase_order").checks()).containsExactlyInAnyOrder(
                CheckConstraint.of("ck_order_dates", "shipped_at is null or placed_on <= shipped_at"),
                CheckConstraint.of("ck_order_total", "total >= 0"));
        assertThat(table(shop, "orderline").checks()).containsExactly(CheckConstraint.of(null, "quantity > 0"));
    }

    @Test
    void uniqueColumnsAreUnnamedAndUniqueConstraintsAndUniqueIndexesKeepTheirNames() {
        assertThat(table(shop, "customer").uniqueConstraints()).containsExactly(UniqueConstraint.of(null, "email"));
        assertThat(table(shop, "purchase_order").uniqueConstraints()).containsExactlyInAnyOrder(
                UniqueConstraint.of("uk_order_customer_ref", "customer_id", "external_ref"),
                UniqueConstraint.of("ux_order_number", "number"));
    }

    @Test
    void indexesKeepTheirNamesColumnsAndDirections() {
        assertThat(table(shop, "purchase_order").indexes()).containsExactlyInAnyOrder(
                new Index("idx_order_placed", List.of(IndexKey.column("placed_on", true)), false, "btree", null),
                Index.of("idx_order_customer_placed", false, "customer_id", "placed_on"));
    }

    @Test
    void sequencesHaveTheirAllocationAndStartAndASharedGeneratorIsOneSequence() {
        assertThat(shop.sequences()).containsExactlyInAnyOrder(
                Sequence.of(QualifiedName.of("public", "order_seq"), 100, 20),
                // initialValue 1 is JPA's default: not a choice, left unsaid.
                Sequence.of(QualifiedName.of("public", "shared_seq"), (Long) null, 10));
    }

    @Test
    void anIdentityIdIsGeneratedByDefaultAndHasNoDefault() {
        Column id = column(shop, "product", "id");
        assertThat(id.identity()).isEqualTo(Identity.BY_DEFAULT);
        assertThat(id.nullable()).isFalse();
        assertThat(id.defaultExpression()).isNull();
    }

    @Test
    void defaultsCommentsLobsAndVersionsAreAsMapped() {
        assertThat(column(shop, "customer", "createdat").defaultExpression()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(column(shop, "customer", "points").defaultExpression()).isEqualTo("0");
        assertThat(column(shop, "customer", "points").comment()).isEqualTo("loyalty points, never negative");
        assertThat(column(shop, "customer", "name").comment()).isEqualTo("display name");
        assertThat(table(shop, "customer").comment()).isEqualTo("people who buy");
        assertThat(column(shop, "customer", "notes").type().sql()).isEqualTo("oid");
        assertThat(column(shop, "customer", "version").nullable()).isFalse();
    }

    @Test
    void formulasAndTransientFieldsMakeNoColumn() {
        assertThat(table(shop, "customer").column("uppername")).isEmpty();
        assertThat(table(shop, "customer").column("scratch")).isEmpty();
    }

    @Test
    void aSecondaryTableIsKeyedByAndReferencesThePrimaryTable() {
        Table detail = table(shop, "product_detail");
        assertThat(detail.primaryKey().columns()).containsExactly("product_id");
        assertThat(foreignKeyOn(shop, "product_detail", "product_id").referencedTable()).isEqualTo(PRODUCT);
        assertThat(column(shop, "product_detail", "description").type().sql()).isEqualTo("varchar(2000)");
    }

    @Test
    void singleTableInheritanceIsOneTableWithADiscriminatorAndItsChecks() {
        Table vehicle = table(inheritance, "vehicle");
        assertThat(vehicle.columns()).extracting(Column::name)
                .containsExactly("kind", "id", "plate", "seats", "payloadtons");
        assertThat(column(inheritance, "vehicle", "kind").type().sql()).isEqualTo("varchar(31)");
        // Hibernate 7 keeps a subclass's nullable = false and guards a primitive with a discriminator check.
        assertThat(column(inheritance, "vehicle", "payloadtons").nullable()).isFalse();
        assertThat(vehicle.checks()).containsExactlyInAnyOrder(CheckConstraint.of(null, "kind in ('Car','TRK')"),
                CheckConstraint.of(null, "kind <> 'Car' or (seats is not null)"));
        assertThat(inheritance.table(QualifiedName.of("public", "car"))).isEmpty();
    }

    @Test
    void joinedInheritanceKeysEachSubclassTableByTheRootsKey() {
        assertThat(table(inheritance, "banktransfer").primaryKey().columns()).containsExactly("payment_id");
        assertThat(foreignKeyOn(inheritance, "banktransfer", "payment_id").referencedTable())
                .isEqualTo(QualifiedName.of("public", "payment"));
        assertThat(foreignKeyOn(inheritance, "cardpayment", "id").referencedColumns()).containsExactly("id");
    }

    @Test
    void tablePerClassGivesEachConcreteClassAFullTableAndTheAbstractRootNone() {
        assertThat(table(inheritance, "memo").columns()).extracting(Column::name)
                .containsExactly("id", "title", "recipient");
        assertThat(inheritance.table(QualifiedName.of("public", "document"))).isEmpty();
        assertThat(inheritance.sequence(QualifiedName.of("public", "document_seq"))).isPresent();
    }

    @Test
    void aTableInAnotherSchemaAndItsTableGeneratorLiveThere() {
        assertThat(table(inheritance, "audit.audit_entry").indexes()).extracting(Index::name)
                .containsExactly("idx_audit_at");
        Table generator = table(inheritance, "audit.id_generators");
        assertThat(generator.columns()).extracting(Column::name).containsExactly("sequence_name", "next_val");
        assertThat(inheritance.schemas()).containsExactly("audit", "public");
    }

    @Test
    void quotedNamesKeepTheirCaseButAQuotedIndexNameIsFoldedBecauseHibernateDropsItsQuotes() {
        Table order = table(inheritance, "Order");
        assertThat(order.columns()).extracting(Column::name)
                .containsExactly("id", "CustomerName", "mixedcase", "Total");
        assertThat(order.indexes()).containsExactly(Index.of("idxtotal", false, "Total"));
    }
}
