package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A setting naming a class the application's Hibernate does not have (Hibernate 7's snake-case naming, on an
 * application running 6.6): one line naming the setting, the class and the version, not a class-cast error from
 * retort's own Hibernate answering the lookup.
 */
class SettingClassOfAnotherVersionTest {

    @Test
    void aNamingStrategyOnlyANewerHibernateHasIsOneLineNamingIt() {
        HibernateVersions.Version hibernate66 = HibernateVersions.of("6.6");
        EntitySource source = EntitySource.ofPackages(hibernate66.with(List.of(Fixtures.testClasses())),
                Fixtures.SHOP);

        assertThatThrownBy(() -> new EntityScanner().scan(source, Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")))
                .isInstanceOf(EntityScanException.class)
                .hasMessage("hibernate.physical_naming_strategy names "
                        + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl, which neither Hibernate "
                        + hibernate66.version() + " (the application's, hibernate-core-" + hibernate66.version()
                        + ".jar) nor the entities' classpath has: name a class of that version or of the application");
    }
}
