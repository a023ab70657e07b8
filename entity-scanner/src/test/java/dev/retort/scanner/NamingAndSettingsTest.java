package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;

/**
 * Every setting that changes the schema reaches Hibernate verbatim and shows in the model. The same settings run
 * through {@link HibernateDdlAgreementTest}, which applies Hibernate's DDL to PostgreSQL and finds these names.
 */
class NamingAndSettingsTest {

    private static SchemaModel naming(Map<String, String> settings) throws EntityScanException {
        return Fixtures.scan(settings, Fixtures.NAMING).target();
    }

    private static List<String> tableNames(SchemaModel model) {
        return model.tables().stream().map(table -> table.name().toString()).toList();
    }

    private static List<String> columnNames(SchemaModel model, String schema, String table) {
        return model.table(QualifiedName.of(schema, table)).orElseThrow().columns().stream().map(Column::name).toList();
    }

    private static List<String> sequenceNames(SchemaModel model) {
        return model.sequences().stream().map(sequence -> sequence.name().toString()).toList();
    }

    @Test
    void hibernatesDefaultNamingKeepsCamelCaseWhichPostgresFolds() throws EntityScanException {
        SchemaModel model = naming(Map.of());
        assertThat(tableNames(model)).containsExactly("public.lineitem", "public.lineitem_gifttags",
                "public.lineitem_salesorders", "public.salesorders");
        assertThat(columnNames(model, "public", "lineitem")).containsExactly("id", "createdat", "amountvalue",
                "currencycode", "unitprice", "parentorder_id");
        assertThat(sequenceNames(model)).containsExactly("public.lineitem_seq", "public.salesorders_seq");
    }

    @Test
    void springBootsCamelCaseToUnderscoresNamingStrategyWorks() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
        assertThat(tableNames(model)).containsExactly("public.line_item", "public.line_item_gift_tags",
                "public.line_item_sales_orders", "public.sales_orders");
        assertThat(columnNames(model, "public", "line_item")).containsExactly("id", "created_at", "amount_value",
                "currency_code", "unit_price", "parent_order_id");
        assertThat(sequenceNames(model)).containsExactly("public.line_item_seq", "public.sales_orders_seq");
    }

    @Test
    void theComponentPathImplicitStrategyPrefixesEmbeddedColumns() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.implicit_naming_strategy", "component-path"));
        assertThat(columnNames(model, "public", "lineitem"))
                .contains("discountamount_amountvalue", "discountamount_currencycode");
    }

    @Test
    void theLegacyHbmImplicitStrategyDropsTheIdSuffixOfJoinColumns() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.implicit_naming_strategy", "legacy-hbm"));
        assertThat(columnNames(model, "public", "lineitem")).contains("parentorder");
        assertThat(tableNames(model)).contains("public.lineitem_relatedorders");
    }

    @Test
    void aDefaultSchemaHoldsEveryTableAndSequenceWithoutOneOfItsOwn() throws EntityScanException {
        SchemaModel model = Fixtures.scan(Map.of("hibernate.default_schema", "sales"), Fixtures.NAMING,
                Fixtures.AUDIT).target();
        assertThat(model.schemas()).containsExactly("audit", "sales");
        assertThat(tableNames(model)).contains("sales.lineitem", "audit.audit_entry");
        assertThat(sequenceNames(model)).contains("sales.lineitem_seq");
        Table lineItem = model.table(QualifiedName.of("sales", "lineitem")).orElseThrow();
        assertThat(lineItem.foreignKeys()).extracting(key -> key.referencedTable().toString())
                .containsExactly("sales.salesorders");
    }

    @Test
    void globallyQuotedIdentifiersKeepTheirCaseEverywhere() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.globally_quoted_identifiers", "true"));
        assertThat(tableNames(model)).contains("public.LineItem", "public.SalesOrders");
        assertThat(columnNames(model, "public", "LineItem")).contains("unitPrice", "parentOrder_id");
        assertThat(sequenceNames(model)).contains("public.LineItem_SEQ");
        assertThat(model.table(QualifiedName.of("public", "LineItem")).orElseThrow().foreignKeys())
                .allSatisfy(key -> assertThat(key.name()).startsWith("FK"));
    }

    @Test
    void reservedWordsAreQuotedWhenAutoQuotingIsOnAndNothingIsWarned() throws EntityScanException {
        ScanResult result = Fixtures.scan(Map.of("hibernate.auto_quote_keyword", "true"), Fixtures.RESERVED);
        assertThat(tableNames(result.target())).containsExactly("public.grant");
        assertThat(columnNames(result.target(), "public", "grant")).containsExactly("id", "level", "user");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void unquotedReservedWordsAreWarnedAbout() throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.RESERVED);
        assertThat(result.warnings()).containsExactly(
                "table public.grant is named with the PostgreSQL reserved word grant, which Hibernate writes unquoted: "
                        + "Hibernate's SQL will fail on it; quote it in the mapping in lower case, "
                        + "@Table(name = \"\\\"grant\\\"\"), which keeps the same name",
                "column public.grant.user is named with the PostgreSQL reserved word user, which Hibernate writes "
                        + "unquoted: Hibernate's SQL will fail on it; quote it in the mapping in lower case, "
                        + "@Column(name = \"\\\"user\\\"\"), which keeps the same name");
    }

    @Test
    void theSingleSequenceStrategyGivesEveryEntityHibernateSequence() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.id.db_structure_naming_strategy", "single"));
        assertThat(model.sequences()).containsExactly(Sequence.of(QualifiedName.of("public", "hibernate_sequence"), (Long) null, 1));
    }

    @Test
    void theLegacySequenceStrategyAlsoSharesHibernateSequence() throws EntityScanException {
        SchemaModel model = Fixtures.scan(Map.of("hibernate.id.db_structure_naming_strategy", "legacy"),
                Fixtures.NAMING, Fixtures.SINGLE).target();
        assertThat(sequenceNames(model)).containsExactly("public.hibernate_sequence");
    }

    @Test
    void theHiloOptimizerMakesSequencesStepByOne() throws EntityScanException {
        SchemaModel model = naming(Map.of("hibernate.id.optimizer.pooled.preferred", "hilo"));
        assertThat(model.sequences()).extracting(Sequence::increment).containsOnly(1L);
    }

    @Test
    void typePreferencesPassThroughToo() throws EntityScanException {
        SchemaModel model = Fixtures.scan(Map.of("hibernate.type.preferred_uuid_jdbc_type", "CHAR"), Fixtures.SHOP)
                .target();
        assertThat(model.table(QualifiedName.of("public", "customer")).orElseThrow().column("id").orElseThrow()
                .type().sql()).isEqualTo("char(36)");
    }

    @Test
    void aDefaultCatalogIsIgnoredWithAWarning() throws EntityScanException {
        ScanResult result = Fixtures.scan(Map.of("hibernate.default_catalog", "elsewhere"), Fixtures.NAMING);
        assertThat(tableNames(result.target())).contains("public.lineitem");
        assertThat(result.warnings()).containsExactly("hibernate.default_catalog=elsewhere is ignored: PostgreSQL "
                + "tables live in the database retort connects to; remove the setting");
    }

    @Test
    void theDialectIsPostgres15UnlessTheSettingsNameAVersion() throws EntityScanException {
        assertThat(dialectVersion(Map.of())).isEqualTo("15.0");
        assertThat(dialectVersion(Map.of("jakarta.persistence.database-product-version", "16.4"))).isEqualTo("16.4");
        assertThat(dialectVersion(Map.of("jakarta.persistence.database-major-version", "17"))).isEqualTo("17.0");
    }

    @Test
    void aPostgresDialectIsKeptAndAnyOtherIsReplacedWithAWarning() throws EntityScanException {
        assertThat(dialectName(Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")))
                .isEqualTo("org.hibernate.dialect.PostgreSQLDialect");
        List<String> warnings = new ArrayList<>();
        String replaced = new EntityScanner().withMetadata(Fixtures.packages(Fixtures.NAMING),
                Map.of("hibernate.dialect", "org.hibernate.dialect.MySQLDialect"), warnings,
                boot -> boot.dialect().getClass().getName());
        assertThat(replaced).isEqualTo("org.hibernate.dialect.PostgreSQLDialect");
        assertThat(warnings).containsExactly("hibernate.dialect=org.hibernate.dialect.MySQLDialect is not a "
                + "PostgreSQL dialect: retort scans for PostgreSQL and ignored it");
    }

    private static String dialectVersion(Map<String, String> settings) throws EntityScanException {
        return new EntityScanner().withMetadata(Fixtures.packages(Fixtures.NAMING), settings, new ArrayList<>(),
                boot -> boot.dialect().getVersion().getDatabaseMajorVersion() + "."
                        + boot.dialect().getVersion().getDatabaseMinorVersion());
    }

    private static String dialectName(Map<String, String> settings) throws EntityScanException {
        return new EntityScanner().withMetadata(Fixtures.packages(Fixtures.NAMING), settings, new ArrayList<>(),
                boot -> boot.dialect().getClass().getName());
    }
}
