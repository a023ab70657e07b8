package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;

/**
 * Entities come from class directories, jars and persistence units; classes are loaded by the scanner's own
 * loader, which Hibernate also uses for the classes named in settings.
 */
class SourcesAndClassLoadingTest {

    @TempDir
    Path temp;

    private static List<String> tableNames(SchemaModel model) {
        return model.tables().stream().map(table -> table.name().toString()).toList();
    }

    static Path resource(String name) {
        try {
            return Path.of(SourcesAndClassLoadingTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aJarOfTheFixtureClassesScansLikeTheirDirectory() throws Exception {
        Path classes = Fixtures.testClasses();
        Path copy = temp.resolve("classes");
        Path packageDir = Path.of(Fixtures.NAMING.replace('.', '/'));
        Files.createDirectories(copy.resolve(packageDir));
        try (var files = Files.list(classes.resolve(packageDir))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(packageDir).resolve(file.getFileName()));
            }
        }
        Path jar = ForeignClasses.jar(copy, temp.resolve("naming.jar"));

        ScanResult fromJar = new EntityScanner().scan(EntitySource.ofPackages(List.of(jar), Fixtures.NAMING), Map.of());

        assertThat(fromJar.target()).isEqualTo(Fixtures.scan(Fixtures.NAMING).target());
        assertThat(fromJar.entityClasses()).containsExactly(Fixtures.NAMING + ".LineItem",
                Fixtures.NAMING + ".SalesOrder");
    }

    @Test
    void classesOnlyInAJarAreLoadedByTheScannersOwnLoaderWithTheirDependencies() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java");
        Path jar = ForeignClasses.jar(classes, temp.resolve("crm.jar"));

        ScanResult result = new EntityScanner().scan(EntitySource.ofPackages(List.of(jar), "com.acme.crm"), Map.of());

        Table client = result.target().table(QualifiedName.of("public", "client")).orElseThrow();
        assertThat(client.columns()).extracting(Column::name).containsExactly("id", "amount", "currency", "fullname");
        assertThat(result.entityClasses()).containsExactly("com.acme.crm.Client");
    }

    @Test
    void aNamingStrategyOnTheUsersClasspathIsLoadedThroughTheScannersLoader() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java", "com/acme/naming/PrefixNamingStrategy.java");

        ScanResult result = new EntityScanner().scan(EntitySource.ofPackages(List.of(classes), "com.acme.crm"),
                Map.of("hibernate.physical_naming_strategy", "com.acme.naming.PrefixNamingStrategy"));

        assertThat(tableNames(result.target())).containsExactly("public.crm_client");
    }

    @Test
    void aHelperClassWithAMissingDependencyIsNeverLoadedWhenItIsNoEntity() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java", "com/acme/absent/Framework.java", "com/acme/crm/Helper.java");
        Files.delete(classes.resolve("com/acme/absent/Framework.class"));

        ScanResult result = new EntityScanner().scan(EntitySource.ofPackages(List.of(classes), "com.acme.crm"), Map.of());

        assertThat(result.entityClasses()).containsExactly("com.acme.crm.Client");
    }

    @Test
    void packagesAreScannedRecursivelyAcrossSeveralClasspathEntries() throws Exception {
        Path money = ForeignClasses.compile(temp.resolve("money"), "com/acme/money/Money.java");
        Path crm = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java", "com/acme/crm/Client.java");
        Files.walk(crm.resolve("com/acme/money")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        ScanResult result = new EntityScanner().scan(EntitySource.ofPackages(List.of(crm, money), "com.acme"), Map.of());

        assertThat(result.entityClasses()).containsExactly("com.acme.crm.Client");
        assertThat(tableNames(result.target())).containsExactly("public.client");
    }

    @Test
    void aPersistenceUnitGivesItsClassesAndItsPropertiesAndNeverConnects() throws EntityScanException {
        Path xml = resource("persistence/units/persistence.xml");

        ScanResult result = new EntityScanner().scan(
                EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, "naming"), Map.of());

        assertThat(tableNames(result.target())).containsExactly("public.line_item", "public.line_item_gift_tags",
                "public.line_item_sales_orders", "public.sales_orders");
        assertThat(result.entityClasses()).containsExactly(Fixtures.NAMING + ".LineItem",
                Fixtures.NAMING + ".SalesOrder");
    }

    @Test
    void theCallersSettingsOverrideTheUnitsProperties() throws EntityScanException {
        Path xml = resource("persistence/units/persistence.xml");

        ScanResult result = new EntityScanner().scan(
                EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, "naming"),
                Map.of("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl"));

        assertThat(tableNames(result.target())).contains("public.lineitem");
    }

    @Test
    void aUnitsClassesAndPackagesAreScannedTogether() throws EntityScanException {
        Path xml = resource("persistence/units/persistence.xml");

        ScanResult result = new EntityScanner().scan(new EntitySource(List.of(Fixtures.testClasses()),
                List.of(Fixtures.SINGLE), xml, "payments"), Map.of());

        assertThat(tableNames(result.target())).containsExactly("public.banktransfer", "public.cardpayment",
                "public.payment", "public.vehicle");
    }

    @Test
    void aUnitsMappingFilesAreRead() throws EntityScanException {
        Path xml = resource("persistence/mapping-file/persistence.xml");

        ScanResult result = new EntityScanner().scan(
                EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, null), Map.of());

        assertThat(tableNames(result.target())).containsExactly("public.orders_from_xml");
    }
}
