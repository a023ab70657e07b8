package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.EquivalentSpellings;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;

/**
 * The scanner's model against Hibernate's own {@code create} DDL for the same entities and settings, judged by
 * PostgreSQL and not by retort: Hibernate's script applied to an empty database (see {@link ReferenceCatalog}),
 * the scanned model created by retort (normalizer, planner, renderer) in a fresh one, and the two
 * {@link CatalogSnapshot}s must be equal: tables, columns with type, nullability and default, keys, checks,
 * foreign keys, indexes, sequences, comments. (Column order is left out; so is what the scanner warns it cannot
 * model. A case whose Hibernate DDL PostgreSQL refuses, reserved words unquoted or a default catalog, cannot be
 * judged this way.)
 */
@ExtendWith(PostgresExtension.class)
class HibernateDdlAgreementTest {

    /**
     * @param unmodelled the starts of the catalog lines about what the scanner warns it cannot model (a generated
     *                   column, a view, a column's collation): left out of both catalogs, and pinned by
     *                   {@code UnmodelledObjectsTest}
     */
    record Case(String name, List<String> packages, Map<String, String> settings, List<String> unmodelled) {
        Case(String name, List<String> packages, Map<String, String> settings) {
            this(name, packages, settings, List.of());
        }

        List<String> modelled(List<String> catalog) {
            return EquivalentSpellings.canonical(catalog).stream()
                    .filter(line -> unmodelled.stream().noneMatch(line::startsWith)).toList();
        }

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
                        Map.of(), List.of("column public.diary.sides ", "relation public.diaryview ",
                        "column public.diaryview.", "view public.diaryview ")),
                new Case("column definitions and options", List.of(Fixtures.DEFINITIONS), Map.of(),
                        List.of("column public.ticket.code ")),
                new Case("reserved words auto-quoted", List.of(Fixtures.RESERVED),
                        Map.of("hibernate.auto_quote_keyword", "true")),
                new Case("implicit names", List.of(Fixtures.NAMING), Map.of()),
                new Case("Spring's camel case to underscores", List.of(Fixtures.NAMING),
                        Map.of("hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")),
                new Case("Spring Boot's naming, with retort's copy of its implicit strategy", List.of(Fixtures.NAMING),
                        Map.of("hibernate.physical_naming_strategy",
                                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                                "hibernate.implicit_naming_strategy", SpringBootImplicitNamingStrategy.class.getName())),
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void hibernatesCreateDdlAndRetortsFirstRevisionBuildTheSameCatalog(Case model, TestDatabase retort)
            throws Exception {
        List<String> hibernate = ReferenceCatalog.of(ddl(model), List.of());

        RetortCreates.model(retort, scan(model).target());

        assertThat(model.modelled(CatalogSnapshot.of(retort))).isEqualTo(model.modelled(hibernate));
    }

    private static List<String> ddl(Case model) throws EntityScanException {
        Map<String, String> settings = new HashMap<>(model.settings());
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        return HibernateDdl.creationCommands(Fixtures.packages(model.packages().toArray(String[]::new)), settings);
    }

    private static ScanResult scan(Case model) throws EntityScanException {
        return Fixtures.scan(model.settings(), model.packages().toArray(String[]::new));
    }
}
