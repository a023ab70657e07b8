package dev.retort.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * retort's settings from a Quarkus application's own: {@code quarkus.datasource.jdbc.url},
 * {@code quarkus.datasource.username|password}, {@code quarkus.hibernate-orm.*} (naming strategies, default schema,
 * identifier quoting, {@code unsupported-properties."hibernate.*"}), the entity packages, where Flyway's or
 * Liquibase's scripts are, and Liquibase's contexts and labels.
 *
 * <p>Quarkus sets a naming strategy only when one is configured ({@code HibernateProcessorSupport.configureProperties}),
 * so its defaults are Hibernate's own: {@code PhysicalNamingStrategyStandardImpl} (names as written, no camel-case
 * conversion) and the JPA-compliant implicit strategy.
 */
final class QuarkusSettings {

    static final String PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    static final String IMPLICIT_DEFAULT = "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";

    private static final String ORM = "quarkus.hibernate-orm.";
    private static final String UNSUPPORTED = ORM + "unsupported-properties.";
    private static final String DEFAULT_ORIGIN = "Quarkus's default (Hibernate's own)";

    private QuarkusSettings() {
    }

    static Map<String, Setting> read(ApplicationProperties application) throws ConfigException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        application.copy("quarkus.datasource.jdbc.url", "database.url", settings);
        application.copy("quarkus.datasource.username", "database.user", settings);
        application.copy("quarkus.datasource.password", "database.password", settings);
        for (String key : application.keysUnder(UNSUPPORTED)) {
            String hibernateKey = unquote(key.substring(UNSUPPORTED.length()));
            if (hibernateKey.startsWith("hibernate.") || hibernateKey.startsWith("jakarta.persistence.")) {
                application.copy(key, hibernateKey, settings);
            }
        }
        application.copy(ORM + "database.default-schema", "hibernate.default_schema", settings);
        quoting(application, settings);
        strategy(application, ORM + "physical-naming-strategy", "hibernate.physical_naming_strategy",
                PHYSICAL_DEFAULT, settings);
        strategy(application, ORM + "implicit-naming-strategy", "hibernate.implicit_naming_strategy",
                IMPLICIT_DEFAULT, settings);
        application.copyList(ORM + "packages", "entities.packages", settings);
        OtherTools.flyway(application, "quarkus.flyway.", settings);
        application.copy("quarkus.liquibase.change-log", OtherTools.LIQUIBASE_CHANGE_LOG,
                settings);
        application.copyList("quarkus.liquibase.contexts", LiquibaseFilter.CONTEXTS_KEY, settings);
        application.copyList("quarkus.liquibase.labels", LiquibaseFilter.LABELS_KEY, settings);
        return settings;
    }

    private static void strategy(ApplicationProperties application, String quarkusKey, String hibernateKey,
                                 String fallback, Map<String, Setting> settings) throws ConfigException {
        application.copy(quarkusKey, hibernateKey, settings);
        settings.putIfAbsent(hibernateKey, new Setting(fallback, DEFAULT_ORIGIN));
    }

    /** {@code quote-identifiers.strategy}, as Quarkus turns it into Hibernate settings. */
    private static void quoting(ApplicationProperties application, Map<String, Setting> settings)
            throws ConfigException {
        application.copy(ORM + "database.globally-quoted-identifiers",
                "hibernate.globally_quoted_identifiers", settings);
        Optional<Setting> strategy = application.get(ORM + "quote-identifiers.strategy");
        if (strategy.isEmpty()) {
            return;
        }
        String origin = strategy.get().origin();
        switch (strategy.get().value().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "all" -> settings.put("hibernate.globally_quoted_identifiers", new Setting("true", origin));
            case "all-except-column-definitions" -> {
                settings.put("hibernate.globally_quoted_identifiers", new Setting("true", origin));
                settings.put("hibernate.globally_quoted_identifiers_skip_column_definitions",
                        new Setting("true", origin));
            }
            case "only-keywords" -> settings.put("hibernate.auto_quote_keyword", new Setting("true", origin));
            default -> {
                // "none", Quarkus's default: nothing quoted
            }
        }
    }

    /** {@code "hibernate.default_schema"}: Quarkus map keys holding dots are written in quotes. */
    private static String unquote(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }
}
