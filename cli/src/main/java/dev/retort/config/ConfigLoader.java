package dev.retort.config;

import dev.retort.compare.ComparePolicy;
import dev.retort.compare.NamePattern;
import dev.retort.compare.UnmappedAction;
import dev.retort.compare.UnmappedKind;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.embedded.EmbeddedSettings;
import dev.retort.schema.QualifiedName;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code retort.properties} and applies the environment on top of it:
 * {@code RETORT_DATABASE_URL}, {@code RETORT_DATABASE_USER}, {@code RETORT_DATABASE_PASSWORD},
 * {@code RETORT_ENTITIES_CLASSPATH} (path-separated), {@code RETORT_ENTITIES_PACKAGES} (comma-separated),
 * {@code RETORT_EMBEDDED_POSTGRES_VERSION} and {@code RETORT_EMBEDDED_CACHE_DIR}.
 * No database URL means no server: retort then works on an embedded PostgreSQL.
 * Unknown keys are errors, so that a typo never silently falls back to a default.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "retort.properties";

    private static final Set<String> KEYS = Set.of("database.url", "database.user", "database.password",
            "entities.classpath", "entities.packages", "entities.persistence-xml", "entities.persistence-unit",
            "script.location", "version.table", "retort.ignore", "retort.unmapped.tables", "retort.unmapped.indexes",
            "retort.unmapped.sequences", "retort.unmapped.views", "embedded.postgres-version", "embedded.cache-dir");

    private ConfigLoader() {
    }

    public static RetortConfig load(Path configFile, Map<String, String> environment) throws ConfigException {
        Path file = configFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("no " + file.getFileName() + " in " + file.getParent()
                    + ": run `retort init` there first, or pass --project DIR");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (!KEYS.contains(key) && !key.startsWith("hibernate.") && !key.startsWith("jakarta.persistence.")) {
                throw new ConfigException("unknown key '" + key + "' in " + file + "; known keys: "
                        + String.join(", ", new TreeSet<>(KEYS)) + ", hibernate.*, jakarta.persistence.*");
            }
            values.put(key, value);
        }
        override(values, environment, "RETORT_DATABASE_URL", "database.url");
        override(values, environment, "RETORT_DATABASE_USER", "database.user");
        override(values, environment, "RETORT_DATABASE_PASSWORD", "database.password");
        override(values, environment, "RETORT_ENTITIES_CLASSPATH", "entities.classpath");
        if (environment.containsKey("RETORT_ENTITIES_CLASSPATH")) {
            // From the environment, relative entries mean the working directory, as on any command line.
            values.put("entities.classpath", String.join(File.pathSeparator,
                    split(values.get("entities.classpath"), File.pathSeparator).stream()
                            .map(p -> Path.of(p).toAbsolutePath().toString()).toList()));
        }
        override(values, environment, "RETORT_ENTITIES_PACKAGES", "entities.packages");
        override(values, environment, "RETORT_EMBEDDED_POSTGRES_VERSION", "embedded.postgres-version");
        override(values, environment, "RETORT_EMBEDDED_CACHE_DIR", "embedded.cache-dir");
        if (environment.containsKey("RETORT_EMBEDDED_CACHE_DIR")) {
            values.put("embedded.cache-dir", Path.of(values.get("embedded.cache-dir")).toAbsolutePath().toString());
        }
        return resolve(file, values);
    }

    private static void override(Map<String, String> values, Map<String, String> environment, String variable,
                                 String key) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private static RetortConfig resolve(Path file, Map<String, String> values) throws ConfigException {
        Path directory = file.getParent();
        String url = values.getOrDefault("database.url", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("database.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got "
                    + Redaction.url(url));
        }
        DatabaseSettings database = url.isEmpty() ? DatabaseSettings.EMBEDDED : new DatabaseSettings(url,
                values.getOrDefault("database.user", ""), values.getOrDefault("database.password", ""));
        List<Path> classpath = split(values.getOrDefault("entities.classpath", ""), File.pathSeparator).stream()
                .map(p -> directory.resolve(p).normalize()).toList();
        List<String> packages = split(values.getOrDefault("entities.packages", ""), ",");
        Path persistenceXml = values.containsKey("entities.persistence-xml")
                ? directory.resolve(values.get("entities.persistence-xml")).normalize() : null;
        EntitySettings entities = new EntitySettings(classpath, packages, persistenceXml,
                values.get("entities.persistence-unit"));
        Path scripts = directory.resolve(values.getOrDefault("script.location", "migrations")).normalize();
        QualifiedName versionTable = qualifiedName(values.getOrDefault("version.table", "public.retort_version"),
                file);
        Map<String, String> hibernate = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")) {
                hibernate.put(key, value);
            }
        });
        return new RetortConfig(directory, database, entities, scripts, versionTable, hibernate,
                policy(values, file), embedded(values, directory, file));
    }

    private static EmbeddedSettings embedded(Map<String, String> values, Path directory, Path file)
            throws ConfigException {
        String cache = values.getOrDefault("embedded.cache-dir", "");
        Path cacheDirectory = cache.isEmpty() ? EmbeddedSettings.defaultCacheDirectory()
                : directory.resolve(cache).normalize();
        try {
            return new EmbeddedSettings(values.getOrDefault("embedded.postgres-version", ""), cacheDirectory);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("embedded.postgres-version in " + file + " or RETORT_EMBEDDED_POSTGRES_VERSION: "
                    + e.getMessage());
        }
    }

    private static ComparePolicy policy(Map<String, String> values, Path file) throws ConfigException {
        Map<UnmappedKind, UnmappedAction> actions = new EnumMap<>(UnmappedKind.class);
        for (UnmappedKind kind : UnmappedKind.values()) {
            String key = kind.configKey();
            String value = values.get(key);
            if (value == null) {
                continue;
            }
            try {
                actions.put(kind, UnmappedAction.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + "=" + value + " in " + file + ": use report, drop or ignore");
            }
        }
        List<NamePattern> ignored = split(values.getOrDefault("retort.ignore", ""), ",").stream()
                .map(NamePattern::new).toList();
        try {
            return new ComparePolicy(actions, ignored);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " (" + file + ")");
        }
    }

    private static QualifiedName qualifiedName(String text, Path file) throws ConfigException {
        String[] parts = text.split("\\.");
        if (parts.length == 1 && !parts[0].isBlank()) {
            return new QualifiedName("public", parts[0]);
        }
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new ConfigException("version.table=" + text + " in " + file + ": use schema.table");
        }
        return new QualifiedName(parts[0], parts[1]);
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
