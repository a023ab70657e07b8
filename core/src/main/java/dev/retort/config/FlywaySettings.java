package dev.retort.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's own Flyway configuration, in Flyway's key names ({@code flyway.table}, {@code flyway.placeholders.x},
 * ...), from {@code flyway.conf} / {@code flyway.toml}, {@code spring.flyway.*} / {@code quarkus.flyway.*}, or
 * {@code flyway.*} in retort.properties. Only the keys that change what Flyway runs and where it records it are kept
 * ({@link #KEYS}); retort hands them to Flyway for the replay and applies them itself where it reads or runs Flyway's
 * files (the history table, placeholders in undo scripts, the baseline).
 *
 * @param configuration  Flyway's keys to their values, {@code flyway.} included
 * @param lookInDatabase whether the project said nothing of its script format and showed nothing of Flyway's or
 *                       Liquibase's: the database, once connected, tells whether Flyway keeps it (its history table)
 */
public record FlywaySettings(Map<String, String> configuration, boolean lookInDatabase) {

    public static final String PREFIX = "flyway.";
    public static final FlywaySettings DEFAULTS = new FlywaySettings(Map.of());

    public FlywaySettings(Map<String, String> configuration) {
        this(configuration, false);
    }

    /** Flyway's keys retort reads and passes on; {@code placeholders.*} besides. */
    static final Set<String> KEYS = Set.of("locations", "table", "schemas", "defaultSchema", "createSchemas",
            "placeholderPrefix", "placeholderSuffix", "placeholderReplacement", "baselineVersion",
            "baselineDescription", "sqlMigrationPrefix", "sqlMigrationSeparator", "sqlMigrationSuffixes",
            "undoSqlMigrationPrefix", "encoding", "mixed", "group", "initSql", "postgresql.transactional.lock");
    static final String PLACEHOLDERS = "placeholders.";
    /**
     * Whether Flyway holds its PostgreSQL lock in a transaction of its own (true by default): that transaction makes
     * {@code CREATE INDEX CONCURRENTLY} wait for it forever (flyway/flyway#3497), so a project with scripts run
     * outside a transaction needs {@code false}.
     */
    public static final String TRANSACTIONAL_LOCK = "postgresql.transactional.lock";

    public FlywaySettings {
        configuration = Map.copyOf(new TreeMap<>(configuration));
    }

    /** These settings with one of Flyway's keys ({@code name} without {@code flyway.}) set. */
    public FlywaySettings with(String name, String value) {
        Map<String, String> changed = new TreeMap<>(configuration);
        changed.put(PREFIX + name, value);
        return new FlywaySettings(changed, lookInDatabase);
    }

    /** These settings, looking in the database for the script format or not. */
    public FlywaySettings lookingInDatabase(boolean look) {
        return new FlywaySettings(configuration, look);
    }

    /** Whether {@code key} (with {@code flyway.}) is one retort reads. */
    static boolean known(String key) {
        if (!key.startsWith(PREFIX)) {
            return false;
        }
        String name = key.substring(PREFIX.length());
        return KEYS.contains(name) || name.startsWith(PLACEHOLDERS) && name.length() > PLACEHOLDERS.length();
    }

    /** Every {@code flyway.*} key retort reads, from the settings. */
    static FlywaySettings of(Map<String, String> values) {
        Map<String, String> configuration = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (known(key) && !value.isBlank()) {
                configuration.put(key, value.strip());
            }
        });
        return new FlywaySettings(configuration);
    }

    private Optional<String> get(String name) {
        return Optional.ofNullable(configuration.get(PREFIX + name)).filter(value -> !value.isBlank());
    }

    /** Flyway's locations as written ({@code classpath:db/migration}, {@code filesystem:sql}); empty when unset. */
    public List<String> locations() {
        return list("locations");
    }

    /**
     * The directory a location names, for a project in {@code projectDirectory}: {@code filesystem:x} is {@code x},
     * {@code classpath:x} and a bare {@code x} are {@code src/main/resources/x}, where the build copies them from.
     */
    public static Path directoryOf(String location, Path projectDirectory) {
        String text = location.strip();
        if (text.startsWith("filesystem:")) {
            return projectDirectory.resolve(text.substring("filesystem:".length())).normalize();
        }
        String resource = text.startsWith("classpath:") ? text.substring("classpath:".length()) : text;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        return projectDirectory.resolve("src/main/resources").resolve(resource).normalize();
    }

    /** The history table's name, {@code flyway_schema_history} unless {@code table} renames it. */
    public String table() {
        return get("table").orElse("flyway_schema_history");
    }

    /**
     * The schema of the history table and of unqualified names in the scripts: {@code defaultSchema}, else the first
     * of {@code schemas}; empty means the connection's search path, as for Flyway.
     */
    public Optional<String> defaultSchema() {
        return get("defaultSchema").or(() -> list("schemas").stream().findFirst());
    }

    /** The schemas Flyway manages ({@code schemas}), the default one first. */
    public List<String> schemas() {
        return list("schemas");
    }

    /** The user's placeholders, by name as written. */
    public Map<String, String> placeholders() {
        Map<String, String> placeholders = new TreeMap<>();
        configuration.forEach((key, value) -> {
            if (key.startsWith(PREFIX + PLACEHOLDERS)) {
                placeholders.put(key.substring((PREFIX + PLACEHOLDERS).length()), value);
            }
        });
        return placeholders;
    }

    public String placeholderPrefix() {
        return get("placeholderPrefix").orElse("${");
    }

    public String placeholderSuffix() {
        return get("placeholderSuffix").orElse("}");
    }

    public boolean placeholderReplacement() {
        return get("placeholderReplacement").map(value -> !value.equalsIgnoreCase("false")).orElse(true);
    }

    /** The version {@code flyway baseline} records; Flyway's default is 1. */
    public String baselineVersion() {
        return get("baselineVersion").orElse("1");
    }

    /** Whether Flyway's PostgreSQL lock lets a script run outside a transaction ({@link #TRANSACTIONAL_LOCK}). */
    public boolean sessionLock() {
        return get(TRANSACTIONAL_LOCK).map(value -> value.equalsIgnoreCase("false")).orElse(false);
    }

    /** A versioned migration's prefix, {@code V} unless {@code sqlMigrationPrefix} says otherwise. */
    public String migrationPrefix() {
        return get("sqlMigrationPrefix").orElse("V");
    }

    private List<String> list(String name) {
        return get(name).map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList()).orElse(List.of());
    }

    /** A Spring Boot or Quarkus key's last part in Flyway's spelling: {@code default-schema} is {@code defaultSchema}. */
    static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
