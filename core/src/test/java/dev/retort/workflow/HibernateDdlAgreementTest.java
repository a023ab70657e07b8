package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.ComparePolicy;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.sample.shop.Customer;
import dev.retort.schema.QualifiedName;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.EquivalentSpellings;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team adopting retort already has a database, often made by Hibernate's own DDL. For such a database retort
 * must find nothing to do: every type, default, check, constraint name and sequence Hibernate created is what
 * the entities say. (The peers report spurious differences exactly here.)
 */
@ExtendWith(PostgresExtension.class)
class HibernateDdlAgreementTest {

    private static final Map<String, Object> OFFLINE_POSTGRES = Map.of(
            "hibernate.boot.allow_jdbc_metadata_access", "false",
            "jakarta.persistence.database-product-name", "PostgreSQL",
            "jakarta.persistence.database-major-version", "15");

    @Test
    void aDatabaseBuiltByHibernatesOwnDdlAgreesWithTheEntities(TestDatabase database, @TempDir Path project)
            throws Exception {
        Path classes = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String statement : hibernateCreateScript(classes)) {
            database.execute(statement);
        }
        Files.createDirectories(project.resolve("migrations/versions"));
        RetortConfig config = new RetortConfig(project,
                new DatabaseSettings(database.url(), database.user(), database.password()),
                new EntitySettings(List.of(classes), List.of("dev.retort.sample.shop"), null, null),
                project.resolve("migrations"), QualifiedName.of("public", "retort_version"), Map.of(),
                ComparePolicy.defaults());

        CheckWorkflow.Outcome outcome = new CheckWorkflow(new Project(config)).check(StepListener.SILENT);

        assertThat(outcome.drift().comparison().differences()).isEmpty();
    }

    /**
     * The same agreement judged by PostgreSQL and not by retort: the catalog retort's first revision builds in an
     * empty database is, line for line, the catalog Hibernate's own DDL builds in another ({@link ReferenceCatalog}),
     * up to the one equivalent spelling of a check ({@link EquivalentSpellings}).
     */
    @Test
    void retortsFirstRevisionBuildsTheCatalogHibernatesOwnDdlBuilds(TestDatabase retort, @TempDir Path project)
            throws Exception {
        Path classes = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> hibernate = ReferenceCatalog.of(hibernateCreateScript(classes), List.of());
        Files.createDirectories(project.resolve("migrations/versions"));
        Project atTheEntities = new Project(new RetortConfig(project,
                new DatabaseSettings(retort.url(), retort.user(), retort.password()),
                new EntitySettings(List.of(classes), List.of("dev.retort.sample.shop"), null, null),
                project.resolve("migrations"), QualifiedName.of("public", "retort_version"), Map.of(),
                ComparePolicy.defaults()));

        new RevisionWorkflow(atTheEntities, Clock.systemUTC()).autogenerate("first", StepListener.SILENT);
        new MigrationWorkflow(atTheEntities).upgrade("head", false, MigrationEvents.SILENT);

        assertThat(EquivalentSpellings.canonical(CatalogSnapshot.of(retort)))
                .isEqualTo(EquivalentSpellings.canonical(hibernate));
    }

    /** Hibernate's create script for the sample entities, from a boot that shares nothing with retort's. */
    private static List<String> hibernateCreateScript(Path classes) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(OFFLINE_POSTGRES).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> type : sampleClasses(classes)) {
                sources.addAnnotatedClass(type);
            }
            Metadata metadata = sources.buildMetadata();
            StringWriter script = new StringWriter();
            Map<String, Object> options = new HashMap<>(OFFLINE_POSTGRES);
            options.put("jakarta.persistence.schema-generation.scripts.action", "create");
            options.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            options.put("jakarta.persistence.schema-generation.database.action", "none");
            options.put("hibernate.hbm2ddl.delimiter", ";");
            SchemaManagementToolCoordinator.process(metadata, registry, options, null);
            return Arrays.stream(script.toString().split(";\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The sample's mapped classes, from its classes directory or, in a reactor build, its jar. */
    private static List<Class<?>> sampleClasses(Path classes) throws Exception {
        if (Files.isDirectory(classes)) {
            return mappedClasses(classes.resolve("dev/retort/sample/shop"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(classes)) {
            return mappedClasses(jar.getPath("dev/retort/sample/shop"));
        }
    }

    private static List<Class<?>> mappedClasses(Path shop) throws Exception {
        try (Stream<Path> files = Files.list(shop)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> "dev.retort.sample.shop." + n.substring(0, n.length() - ".class".length()))
                    .<Class<?>>map(HibernateDdlAgreementTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                            || c.isAnnotationPresent(MappedSuperclass.class))
                    .sorted(java.util.Comparator.comparing(Class::getName)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
