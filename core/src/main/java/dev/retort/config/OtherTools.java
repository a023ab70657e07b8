package dev.retort.config;

import java.util.Map;

/**
 * Where the application's other migration tool keeps its scripts, and how it is configured, as its framework
 * configures it: {@code spring.flyway.*} and {@code quarkus.flyway.*} become retort's {@code flyway.*} keys, in
 * Flyway's own spelling ({@code spring.flyway.default-schema} is {@code flyway.defaultSchema}); the Liquibase
 * changelog tells the script format and, with {@code script.format=liquibase}, is the master changelog retort
 * includes its changelogs from.
 */
final class OtherTools {

    static final String FLYWAY_LOCATIONS = "flyway.locations";
    static final String LIQUIBASE_CHANGE_LOG = "liquibase.change-log";

    private OtherTools() {
    }

    /**
     * The framework's Flyway keys under {@code prefix} ({@code spring.flyway.}), those retort reads, as
     * {@code flyway.*} keys.
     */
    static void flyway(ApplicationProperties application, String prefix, Map<String, Setting> settings)
            throws ConfigException {
        application.copy(prefix + "enabled", ScriptFormatDetection.FLYWAY_ENABLED, settings);
        for (String key : application.keysUnder(prefix)) {
            String rest = key.substring(prefix.length());
            if (rest.equals("postgresql.transactional-lock")) {
                application.copy(key, FlywaySettings.PREFIX + FlywaySettings.TRANSACTIONAL_LOCK, settings);
                continue;
            }
            String name = rest.startsWith(FlywaySettings.PLACEHOLDERS)
                    ? FlywaySettings.PLACEHOLDERS + unquote(rest.substring(FlywaySettings.PLACEHOLDERS.length()))
                    : FlywaySettings.camelCase(rest.replaceAll("\\[\\d+]$", ""));
            if (FlywaySettings.known(FlywaySettings.PREFIX + name)) {
                String base = rest.replaceAll("\\[\\d+]$", "");
                application.copyList(prefix + base, FlywaySettings.PREFIX + name, settings);
            }
        }
    }

    /** Quarkus writes map keys holding dots in quotes: {@code placeholders."app.schema"}. */
    private static String unquote(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }
}
