package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Difference;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.scanner.EntitySource;
import dev.retort.scanner.HibernateCreateScript;
import dev.retort.scanner.HibernateVersions;
import dev.retort.schema.QualifiedName;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application on any supported Hibernate whose database was built by that Hibernate's own DDL: with its
 * hibernate-core on the entities' classpath, {@code check} finds nothing (retort scans with that version). The
 * same database judged by retort's own Hibernate is not clean when the versions' DDL differ (the measure:
 * 7.1's collection table keys, {@code @Version} nullability, unique keys).
 */
@ExtendWith(PostgresExtension.class)
class HibernateVersionsCheckTest {

    private static final String SAMPLE = "dev.retort.sample.shop";
    /** entity-scanner's shop fixtures: every mapping shape, the ones whose DDL changed between versions among them */
    private static final String SHAPES = "dev.retort.scanner.fixtures.shop";

    static Stream<Arguments> versionsAndModels() {
        return HibernateVersions.all().stream().flatMap(version -> Stream.of(SAMPLE, SHAPES)
                .map(model -> Arguments.of(version, model)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("versionsAndModels")
    void checkIsCleanOnADatabaseBuiltByTheApplicationsOwnHibernate(HibernateVersions.Version version, String model,
            TestDatabase database, @TempDir Path project) throws Exception {
        List<Path> classpath = version.with(List.of(entities(model)));
        for (String statement : HibernateCreateScript.of(EntitySource.ofPackages(classpath, model), Map.of())) {
            database.execute(statement);
        }
        List<String> notes = new ArrayList<>();

        CheckWorkflow.Outcome outcome = new CheckWorkflow(new Project(config(database, project, classpath, model)))
                .check(noting(notes));

        assertThat(outcome.drift().comparison().differences()).isEmpty();
        assertThat(notes).containsExactly("entities scanned with Hibernate " + version.version()
                + " (the application's, hibernate-core-" + version.version() + ".jar on the entities' classpath)");
    }

    /**
     * A Spring Boot application's naming (Boot's defaults: camel case to underscores, and its implicit strategy, here
     * retort's copy of it, as retort uses it when the application's classpath lacks Spring's) on every version: Boot
     * 3 applications run 6.6, Boot 4 7.x.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.scanner.HibernateVersions#all")
    void aSpringBootStyleApplicationsDatabaseBuiltByItsHibernateChecksClean(HibernateVersions.Version version,
            TestDatabase database, @TempDir Path project) throws Exception {
        Map<String, String> boot = Map.of(
                "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "hibernate.implicit_naming_strategy", "dev.retort.scanner.SpringBootImplicitNamingStrategy");
        List<Path> classpath = version.with(List.of(entities(SHAPES)));
        List<String> script = HibernateCreateScript.of(EntitySource.ofPackages(classpath, SHAPES), boot);
        assertThat(String.join("\n", script)).as("Boot's names").contains("created_at");
        for (String statement : script) {
            database.execute(statement);
        }

        CheckWorkflow.Outcome outcome = new CheckWorkflow(new Project(config(database, project, classpath, SHAPES,
                boot))).check(StepListener.SILENT);

        assertThat(outcome.drift().comparison().differences()).isEmpty();
    }

    @Test
    void retortsOwnHibernateFindsTheDifferencesOfTheApplicationsHibernate71(TestDatabase database,
            @TempDir Path project) throws Exception {
        HibernateVersions.Version hibernate71 = HibernateVersions.of("7.1");
        for (String statement : HibernateCreateScript.of(EntitySource.ofPackages(
                hibernate71.with(List.of(entities(SHAPES))), SHAPES), Map.of())) {
            database.execute(statement);
        }

        CheckWorkflow.Outcome outcome = new CheckWorkflow(new Project(config(database, project,
                List.of(entities(SHAPES)), SHAPES))).check(StepListener.SILENT);

        assertThat(outcome.drift().comparison().differences()).extracting(Difference::toString)
                .anySatisfy(difference -> assertThat(difference).contains("product").contains("version"))
                .anySatisfy(difference -> assertThat(difference).contains("supplier_featured_product"))
                .anySatisfy(difference -> assertThat(difference).contains("customer_tag"));
    }

    private static RetortConfig config(TestDatabase database, Path project, List<Path> classpath, String model)
            throws Exception {
        return config(database, project, classpath, model, Map.of());
    }

    private static RetortConfig config(TestDatabase database, Path project, List<Path> classpath, String model,
                                       Map<String, String> hibernateSettings) throws Exception {
        Files.createDirectories(project.resolve("migrations/versions"));
        return new RetortConfig(project, new DatabaseSettings(database.url(), database.user(), database.password()),
                new EntitySettings(classpath, List.of(model), null, null), project.resolve("migrations"),
                QualifiedName.of("public", "retort_version"), hibernateSettings, ComparePolicy.defaults());
    }

    private static Path entities(String model) {
        return HibernateVersions.locationOf(model + (model.equals(SAMPLE) ? ".Customer" : ".Product"));
    }

    private static StepListener noting(List<String> notes) {
        return new StepListener() {
            @Override
            public void finished(String step, long millis) {
            }

            @Override
            public void note(String line) {
                notes.add(line);
            }
        };
    }
}
