package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;

/**
 * {@link HibernateDdlAgreementTest} for every supported Hibernate version an application may run: the entities'
 * classpath carries that version's jars, so retort scans with it (in its isolated loader), and the judge is that
 * version's own {@code create} script, written by the same Hibernate. PostgreSQL compares the catalogs. The cases
 * are the mapping shapes of {@link HibernateDdlAgreementTest} and the sample model. The sample model goes the
 * whole way a user's scan goes ({@link EntityScanner#scan}: finding the jar, a loader of its own); the shapes share
 * one loader per version, as loading Hibernate anew costs a second or two per case.
 */
@ExtendWith(PostgresExtension.class)
class HibernateVersionsAgreementTest {

    static final String SAMPLE = "dev.retort.sample.shop";

    private static final Map<HibernateVersions.Version, IsolatedHibernate> FIXTURE_LOADERS = new HashMap<>();

    static Stream<Arguments> versionsAndModels() {
        List<HibernateDdlAgreementTest.Case> cases = Stream.concat(Stream.of(new HibernateDdlAgreementTest.Case(
                "the sample model", List.of(SAMPLE), Map.of())), HibernateDdlAgreementTest.models()).toList();
        return HibernateVersions.all().stream().flatMap(version -> cases.stream()
                .filter(model -> existsIn(version, model))
                .map(model -> Arguments.of(version, model)));
    }

    /** PhysicalNamingStrategySnakeCaseImpl is new in 7.0: an application on 6.6 cannot name it. */
    private static boolean existsIn(HibernateVersions.Version version, HibernateDdlAgreementTest.Case model) {
        return !(version.version().startsWith("6.") && model.settings().values().stream()
                .anyMatch(value -> value.endsWith("PhysicalNamingStrategySnakeCaseImpl")));
    }

    @AfterAll
    static void closeLoaders() {
        FIXTURE_LOADERS.values().forEach(IsolatedHibernate::close);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("versionsAndModels")
    void theScanWithTheApplicationsHibernateBuildsWhatItsOwnDdlBuilds(HibernateVersions.Version version,
            HibernateDdlAgreementTest.Case model, TestDatabase retort) throws Exception {
        Map<String, String> ddlSettings = new HashMap<>(model.settings());
        ddlSettings.put("hibernate.hbm2ddl.create_namespaces", "true");
        List<String> hibernate;
        ScanResult scan;
        if (model.packages().contains(SAMPLE)) {
            EntitySource source = EntitySource.ofPackages(version.with(List.of(
                    HibernateVersions.locationOf(SAMPLE + ".Customer"))), SAMPLE);
            hibernate = ReferenceCatalog.of(HibernateCreateScript.of(source, ddlSettings), List.of());
            scan = new EntityScanner().scan(source, model.settings());
        } else {
            EntitySource source = EntitySource.ofPackages(version.with(List.of(Fixtures.testClasses())),
                    model.packages().toArray(String[]::new));
            IsolatedHibernate isolated = fixtureLoader(version, source);
            hibernate = ReferenceCatalog.of(HibernateCreateScript.of(isolated, source, ddlSettings), List.of());
            scan = isolated.newInstance(IsolatedScanEntry.class.getName(), IsolatedScan.class)
                    .scan(source, model.settings(), true);
        }
        RetortCreates.model(retort, scan.target());

        assertThat(scan.hibernateVersion()).isEqualTo(version.version());
        assertThat(model.modelled(CatalogSnapshot.of(retort))).isEqualTo(model.modelled(hibernate));
    }

    private static IsolatedHibernate fixtureLoader(HibernateVersions.Version version, EntitySource source)
            throws EntityScanException {
        IsolatedHibernate isolated = FIXTURE_LOADERS.get(version);
        if (isolated == null) {
            isolated = HibernateCreateScript.isolatedFor(source);
            FIXTURE_LOADERS.put(version, isolated);
        }
        return isolated;
    }
}
