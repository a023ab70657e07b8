package dev.retort.config;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code RETORT_*} environment variables: every one must be known, so that a typo
 * ({@code RETORT_MIGRATION_LOCKWAIT}) is an error naming the closest known variable instead of a silent default; and
 * Hibernate settings come from {@code RETORT_HIBERNATE_*}: the rest of the name in lower case, a double underscore for
 * each dot ({@code RETORT_HIBERNATE_DEFAULT_SCHEMA} is {@code hibernate.default_schema},
 * {@code RETORT_HIBERNATE_TYPE__PREFERRED_INSTANT_JDBC_TYPE} is {@code hibernate.type.preferred_instant_jdbc_type}).
 */
final class EnvironmentVariables {

    static final String HIBERNATE_PREFIX = "RETORT_HIBERNATE_";

    /** Variables read by the launcher script and the deploy log, not by the configuration. */
    private static final Set<String> OUTSIDE_THE_CONFIGURATION = Set.of("RETORT_JAVA_OPTS", "RETORT_CDS",
            "RETORT_CDS_DIR", "RETORT_LOG_TIMESTAMPS");
    /** Variables of retort's own test support (its test database), which never configure a project. */
    private static final String TEST_PREFIX = "RETORT_TEST_";

    private EnvironmentVariables() {
    }

    /** Fails on a {@code RETORT_*} variable that no key, setting or launcher option reads. */
    static void requireKnown(Map<String, String> environment, Set<String> configurationVariables)
            throws ConfigException {
        Set<String> known = new TreeSet<>(configurationVariables);
        known.addAll(OUTSIDE_THE_CONFIGURATION);
        for (String variable : new TreeSet<>(environment.keySet())) {
            boolean ours = variable.startsWith("RETORT_") && !variable.startsWith(TEST_PREFIX)
                    && !variable.startsWith(HIBERNATE_PREFIX);
            if (ours && !known.contains(variable)) {
                throw new ConfigException("unknown environment variable " + variable + ": did you mean "
                        + closest(variable, known) + "? (retort reads " + String.join(", ", known) + ", and "
                        + HIBERNATE_PREFIX + "* for hibernate.* settings)");
            }
        }
    }

    /** The {@code hibernate.*} settings the environment gives, by their key. */
    static Map<String, String> hibernateSettings(Map<String, String> environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.forEach((variable, value) -> {
            if (variable.startsWith(HIBERNATE_PREFIX) && variable.length() > HIBERNATE_PREFIX.length()
                    && value != null && !value.isBlank()) {
                settings.put(hibernateKey(variable), value.strip());
            }
        });
        return settings;
    }

    static String hibernateKey(String variable) {
        String rest = variable.substring(HIBERNATE_PREFIX.length()).toLowerCase(Locale.ROOT);
        return "hibernate." + rest.replace("__", ".");
    }

    private static String closest(String variable, Set<String> known) {
        return known.stream().min(Comparator.comparingInt(candidate -> distance(variable, candidate)))
                .orElse("RETORT_DATABASE_URL");
    }

    /** Levenshtein distance: the edits from one name to the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
