package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.schema.Table;

/**
 * A persistence.xml is read by the application's Hibernate too (6.6 parses it with a static parser of its internal
 * package, 7.x with an instance of its SPI): its listed classes and its properties make the same tables.
 */
class PersistenceXmlAcrossVersionsTest {

    /** JPA 3.0's schema, which every supported version reads (6.6 knows no 3.2). */
    private static final String UNIT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
              <persistence-unit name="naming">
                <class>dev.retort.scanner.fixtures.naming.LineItem</class>
                <class>dev.retort.scanner.fixtures.naming.SalesOrder</class>
                <class>dev.retort.scanner.fixtures.naming.Money</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
                <properties>
                  <property name="hibernate.physical_naming_strategy"
                            value="org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"/>
                </properties>
              </persistence-unit>
            </persistence>
            """;

    static List<HibernateVersions.Version> versions() {
        return HibernateVersions.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void theUnitsClassesAndPropertiesMakeTheSameTables(HibernateVersions.Version version, @TempDir Path dir)
            throws Exception {
        Path xml = Files.writeString(dir.resolve("persistence.xml"), UNIT);

        ScanResult own = new EntityScanner().scan(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml,
                null), Map.of());
        ScanResult applications = new EntityScanner().scan(EntitySource.ofPersistenceXml(
                version.with(List.of(Fixtures.testClasses())), xml, null), Map.of());

        assertThat(applications.hibernateVersion()).isEqualTo(version.version());
        assertThat(applications.entityClasses()).isEqualTo(own.entityClasses());
        assertThat(applications.target().tables()).extracting(Table::name)
                .isEqualTo(own.target().tables().stream().map(Table::name).toList())
                .anySatisfy(name -> assertThat(name.name()).isEqualTo("sales_orders"));
    }
}
