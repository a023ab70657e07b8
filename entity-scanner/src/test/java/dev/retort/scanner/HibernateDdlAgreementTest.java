package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.scanner.ddl.CatalogLines;
import dev.retort.scanner.ddl.HibernateDdlModel;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;

/**
 * The scanner's model against Hibernate's own {@code create} DDL for the same entities and settings: first as
 * text (every table, column with type, nullability and default, constraint, index and sequence of the DDL is in
 * the model and nothing else is), then through PostgreSQL (the DDL applied to a fresh database has exactly the
 * model's names, column order, nullability, keys, indexes, sequences and comments).
 */
@ExtendWith(PostgresExtension.class)
class HibernateDdlAgreementTest {

    record Case(String name, List<String> packages, Map<String, String> settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> models() {
        return Stream.of(
                new Case("every mapping shape", List.of(Fixtures.SHOP), Map.of()),
                new Case("another schema and a table generator", List.of(Fixtures.AUDIT), Map.of()),
                new Case("single table inheritance", List.of(Fixtures.SINGLE), Map.of()),
                new Case("joined inheritance", List.of(Fixtures.JOINED), Map.of()),
                new Case("table per class inheritance", List.of(Fixtures.PER_CLASS), Map.of()),
                new Case("quoted names", List.of(Fixtures.QUOTED), Map.of()),
                new Case("a named enum type, a generated column, a view and a subselect", List.of(Fixtures.UNMODELLED),
                        Map.of()),
                new Case("column definitions and options", List.of(Fixtures.DEFINITIONS), Map.of()),
                new Case("reserved words auto-quoted", List.of(Fixtures.RESERVED),
                        Map.of("hibernate.auto_quote_keyword", "true")),
                new Case("implicit names", List.of(Fixtures.NAMING), Map.of()),
                new Case("Spring's camel case to underscores", List.of(Fixtures.NAMING),
                        Map.of("hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")),
                new Case("snake case physical naming", List.of(Fixtures.NAMING),
                        Map.of("hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")),
                new Case("component path implicit naming", List.of(Fixtures.NAMING),
                        Map.of("hibernate.implicit_naming_strategy", "component-path")),
                new Case("legacy hbm implicit naming", List.of(Fixtures.NAMING),
                        Map.of("hibernate.implicit_naming_strategy", "legacy-hbm")),
                new Case("UUIDs as char", List.of(Fixtures.SHOP),
                        Map.of("hibernate.type.preferred_uuid_jdbc_type", "CHAR")),
                new Case("a default schema", List.of(Fixtures.NAMING, Fixtures.AUDIT),
                        Map.of("hibernate.default_schema", "sales")),
                new Case("globally quoted identifiers", List.of(Fixtures.SHOP),
                        Map.of("hibernate.globally_quoted_identifiers", "true")),
                new Case("a single sequence for all", List.of(Fixtures.NAMING),
                        Map.of("hibernate.id.db_structure_naming_strategy", "single")),
                new Case("legacy sequence names", List.of(Fixtures.NAMING, Fixtures.SINGLE),
                        Map.of("hibernate.id.db_structure_naming_strategy", "legacy")),
                new Case("the hilo optimizer", List.of(Fixtures.NAMING),
                        Map.of("hibernate.id.optimizer.pooled.preferred", "hilo")));
    }

    /** Reserved words left unquoted: Hibernate's DDL does not even run on PostgreSQL, but it still agrees. */
    static Stream<Case> allCases() {
        return Stream.concat(models(), Stream.of(
                new Case("reserved words unquoted", List.of(Fixtures.RESERVED), Map.of()),
                new Case("a default catalog", List.of(Fixtures.NAMING), Map.of("hibernate.default_catalog", "elsewhere"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void theModelHoldsExactlyWhatHibernatesCreateDdlCreates(Case model) throws EntityScanException {
        SchemaModel fromDdl = HibernateDdlModel.parse(ddl(model));
        SchemaModel scanned = startingAsTheDatabaseWould(HibernateDdlModel.unwrapChecks(scan(model).target()));

        assertThat(names(scanned)).as("tables").isEqualTo(names(fromDdl));
        for (Table table : fromDdl.tables()) {
            assertThat(scanned.table(table.name())).as("table " + table.name()).contains(table);
        }
        assertThat(scanned.sequences()).as("sequences").isEqualTo(fromDdl.sequences());
        // The DDL parser reads tables and sequences; enum types and what the model cannot say are pinned by
        // UnmodelledObjectsTest.
        assertThat(scanned.withEnumTypes(List.of()).withUnsupported(List.of())).isEqualTo(fromDdl);
    }

    /**
     * The model leaves a start of 1 (JPA's default initialValue) unsaid, where Hibernate's DDL writes it: the
     * database's default start of an ascending sequence is that 1.
     */
    private static SchemaModel startingAsTheDatabaseWould(SchemaModel model) {
        return model.withSequences(model.sequences().stream()
                .map(s -> s.start() == null && s.increment() > 0 ? s.withStart(1L) : s).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void hibernatesDdlAppliedToPostgresHasTheModelsNamesKeysAndSequences(Case model, TestDatabase database)
            throws EntityScanException {
        database.execute(ddl(model).toArray(String[]::new));
        CatalogLines catalog = CatalogLines.of(database);
        CatalogLines expected = CatalogLines.of(scan(model).target());

        assertThat(catalog.columns()).as("columns").isEqualTo(expected.columns());
        assertThat(catalog.constraints()).as("constraints").isEqualTo(expected.constraints());
        assertThat(catalog.constraintNames()).as("constraint names").containsAll(expected.constraintNames());
        assertThat(catalog.indexes()).as("indexes").isEqualTo(expected.indexes());
        assertThat(catalog.sequences()).as("sequences").isEqualTo(expected.sequences());
        assertThat(catalog.comments()).as("comments").isEqualTo(expected.comments());
    }

    private static List<String> ddl(Case model) throws EntityScanException {
        Map<String, String> settings = new HashMap<>(model.settings());
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        return HibernateDdl.creationCommands(Fixtures.packages(model.packages().toArray(String[]::new)), settings);
    }

    private static ScanResult scan(Case model) throws EntityScanException {
        return Fixtures.scan(model.settings(), model.packages().toArray(String[]::new));
    }

    private static List<String> names(SchemaModel model) {
        return model.tables().stream().map(table -> table.name().toString()).toList();
    }
}
