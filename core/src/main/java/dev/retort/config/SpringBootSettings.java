package dev.retort.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * retort's settings from a Spring Boot application's own: {@code spring.datasource.url|username|password},
 * {@code spring.jpa.properties.hibernate.*} (and {@code jakarta.persistence.*}), the naming strategies with Boot's
 * defaults when none is set, where Flyway's or Liquibase's scripts are, and
 * Liquibase's contexts and label filter.
 *
 * <p>Boot's naming defaults, from its {@code HibernateProperties.Naming} (3.x and 4.x alike): an explicit
 * {@code spring.jpa.hibernate.naming.*-strategy} wins, else a {@code hibernate.*_naming_strategy} among the JPA
 * properties, else the physical {@code CamelCaseToUnderscoresNamingStrategy} (Boot 4 names its parent
 * {@code PhysicalNamingStrategySnakeCaseImpl}, which names the same) and the implicit
 * {@code SpringImplicitNamingStrategy}: Spring's own class when the entities' classpath has it, else retort's copy of
 * its behaviour.
 */
final class SpringBootSettings {

    static final String PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    private static final String JPA_PROPERTIES = "spring.jpa.properties.";
    private static final String DEFAULT_ORIGIN = "Spring Boot's default";

    private SpringBootSettings() {
    }

    /** retort's keys, from the application's settings; {@code implicitDefault} is Boot's implicit strategy. */
    static Map<String, Setting> read(ApplicationProperties application, String implicitDefault)
            throws ConfigException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        application.copy("spring.datasource.url", "database.url", settings);
        application.copy("spring.datasource.username", "database.user", settings);
        application.copy("spring.datasource.password", "database.password", settings);
        for (String key : application.keysUnder(JPA_PROPERTIES)) {
            String hibernateKey = key.substring(JPA_PROPERTIES.length());
            if (hibernateKey.startsWith("hibernate.") || hibernateKey.startsWith("jakarta.persistence.")) {
                application.copy(key, hibernateKey, settings);
            }
        }
        naming(application, "spring.jpa.hibernate.naming.physical-strategy", "hibernate.physical_naming_strategy",
                PHYSICAL_DEFAULT, settings);
        naming(application, "spring.jpa.hibernate.naming.implicit-strategy", "hibernate.implicit_naming_strategy",
                implicitDefault, settings);
        OtherTools.flyway(application, "spring.flyway.", settings);
        application.copy("spring.liquibase.change-log", OtherTools.LIQUIBASE_CHANGE_LOG, settings);
        application.copyList("spring.liquibase.contexts", LiquibaseFilter.CONTEXTS_KEY, settings);
        application.copyList("spring.liquibase.label-filter", LiquibaseFilter.LABELS_KEY, settings);
        return settings;
    }

    private static void naming(ApplicationProperties application, String springKey, String hibernateKey,
                               String fallback, Map<String, Setting> settings) throws ConfigException {
        Optional<Setting> explicit = application.get(springKey);
        if (explicit.isPresent() && !explicit.get().value().isEmpty()) {
            settings.put(hibernateKey, explicit.get());
        } else if (!settings.containsKey(hibernateKey)) {
            settings.put(hibernateKey, new Setting(fallback, DEFAULT_ORIGIN));
        }
    }
}
