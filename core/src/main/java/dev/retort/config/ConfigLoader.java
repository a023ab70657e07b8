package dev.retort.config;

import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.embedded.EmbeddedSettings;
import dev.retort.schema.QualifiedName;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code retort.properties} and applies the environment on top of it: every key has a variable,
 * {@code RETORT_} followed by the key in capitals with dots and dashes as underscores, and without a leading
 * {@code retort.} ({@code database.url}: {@code RETORT_DATABASE_URL}; {@code script.location}:
 * {@code RETORT_SCRIPT_LOCATION}; {@code retort.ignore}: {@code RETORT_IGNORE}). Paths from the environment are
 * relative to the working directory, as on any command line; {@code RETORT_ENTITIES_CLASSPATH} is path-separated.
 * When the environment sets any such variable, the file may be absent: a deploy job needs nothing else.
 * No database URL means no server: retort then works on an embedded PostgreSQL
 * ({@code embedded.postgres-version}, {@code embedded.cache-dir}).
 * Unknown keys are errors, so that a typo never silently falls back to a default. Underneath both lie the settings of
 * a Spring Boot or Quarkus application, read where it keeps them ({@link ApplicationSettings}).
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "retort.properties";
    /** The renames {@code revision --autogenerate} makes, comma-separated, as {@code --rename} gives them. */
    public static final String RENAMES_KEY = "revision.renames";

    private static final Set<String> KEYS = Set.of("database.url", "database.user", "database.password",
            "database.schemas",
            "entities.classpath", "entities.packages", "entities.persistence-xml", "entities.persistence-unit",
            "script.location", "version.table", PolicySettings.IGNORE_KEY, "migration.lock_wait", "migration.lock_timeout",
            "migration.lock_aware", RENAMES_KEY,
            "migration.statement_timeout", "embedded.postgres-version", "embedded.cache-dir", "history.database",
            "database.connect_timeout", "database.lock_timeout", "database.statement_timeout",
            NormalizeSettings.KEY, Framework.KEY, ApplicationSettings.PATH_KEY, ApplicationSettings.PROFILE_KEY,
            OtherTools.FLYWAY_LOCATIONS, OtherTools.LIQUIBASE_CHANGE_LOG, ScriptFormat.KEY,
            LiquibaseFilter.CONTEXTS_KEY, LiquibaseFilter.LABELS_KEY, LintSettings.DISABLE_KEY);
    /** Keys that choose how the application's settings are read, not a setting of the project. */
    private static final Set<String> READING_KEYS = Set.of(Framework.KEY, ApplicationSettings.PATH_KEY,
            ApplicationSettings.PROFILE_KEY);

    /** Keys naming one file or directory; from the environment, relative to the working directory. */
    private static final Set<String> PATH_KEYS = Set.of("script.location", "entities.persistence-xml",
            "embedded.cache-dir");

    private ConfigLoader() {
    }

    public static RetortConfig load(Path configFile, Map<String, String> environment) throws ConfigException {
        return load(configFile, BuildSettings.NONE, environment);
    }

    /**
     * The configuration of a project a build declares: the environment over the build's declared settings over
     * retort.properties (when present) over the build's defaults over the application's settings.
     */
    public static RetortConfig load(Path configFile, BuildSettings build, Map<String, String> environment)
            throws ConfigException {
        Path file = configFile.toAbsolutePath().normalize();
        return resolve(file, values(file, build, environment));
    }

    /**
     * Every setting as a string, by key: the environment over retort.properties over the application's own settings
     * ({@link ApplicationSettings}); retort's defaults are applied later, by {@link #resolve}.
     */
    static Map<String, String> values(Path file, Map<String, String> environment) throws ConfigException {
        return values(file, BuildSettings.NONE, environment);
    }

    private static Map<String, String> values(Path file, BuildSettings build, Map<String, String> environment)
            throws ConfigException {
        Map<String, String> values = retortValues(file, build, environment);
        // What the build knows (its classpath) beats what the application's settings can guess (its output
        // directory), and lets them find the application's own classes (Spring's naming strategy).
        build.defaults().forEach((key, value) -> {
            if (values.getOrDefault(key, "").isBlank()) {
                values.put(key, value);
            }
        });
        Map<String, Setting> application = ApplicationSettings.read(file.getParent(), values, environment);
        boolean configured = build != BuildSettings.NONE || Files.isRegularFile(file)
                || KEYS.stream().filter(key -> !READING_KEYS.contains(key))
                .anyMatch(key -> environment.containsKey(environmentVariable(key)));
        if (!configured && application.isEmpty()) {
            throw new ConfigException("no " + file.getFileName() + " in " + file.getParent()
                    + ": run `retort init` there first, or pass --project DIR (or configure retort with RETORT_* "
                    + "environment variables alone, starting with RETORT_DATABASE_URL, or keep a Spring Boot or "
                    + "Quarkus application.properties in src/main/resources)");
        }
        // An empty value in retort.properties (init's "database.user=") leaves the application's value in force.
        underneath(values, application);
        underneath(values, FlywayConfigFiles.read(file.getParent()));
        return values;
    }

    private static void underneath(Map<String, String> values, Map<String, Setting> settings) {
        settings.forEach((key, setting) -> {
            if (values.getOrDefault(key, "").isBlank()) {
                values.put(key, setting.value());
            }
        });
    }

    /** retort's own settings: the environment's {@code RETORT_*} variables over retort.properties. */
    static Map<String, String> retortValues(Path file, Map<String, String> environment) throws ConfigException {
        return retortValues(file, BuildSettings.NONE, environment);
    }

    private static Map<String, String> retortValues(Path file, BuildSettings build, Map<String, String> environment)
            throws ConfigException {
        EnvironmentVariables.requireKnown(environment, Stream.concat(KEYS.stream(), PolicySettings.RULE_KEYS.stream())
                .map(ConfigLoader::environmentVariable).collect(Collectors.toSet()));
        Map<String, String> values = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            values.putAll(read(file));
        }
        for (Map.Entry<String, String> declared : new TreeMap<>(build.declared()).entrySet()) {
            requireKnownKey(declared.getKey(), build.declaredIn());
            if (declared.getValue() != null && !declared.getValue().isBlank()) {
                values.put(declared.getKey(), declared.getValue().strip());
            }
        }
        for (String key : KEYS) {
            override(values, environment, environmentVariable(key), key);
        }
        for (String key : PolicySettings.RULE_KEYS) {
            override(values, environment, environmentVariable(key), key);
        }
        values.putAll(EnvironmentVariables.hibernateSettings(environment));
        if (environment.containsKey("RETORT_ENTITIES_CLASSPATH")) {
            // From the environment, relative entries mean the working directory, as on any command line.
            values.put("entities.classpath", String.join(File.pathSeparator,
                    split(values.get("entities.classpath"), File.pathSeparator).stream()
                            .map(p -> Path.of(p).toAbsolutePath().toString()).toList()));
        }
        for (String key : PATH_KEYS) {
            String value = environment.get(environmentVariable(key));
            if (value != null && !value.isBlank()) {
                values.put(key, Path.of(value.strip()).toAbsolutePath().toString());
            }
        }
        return values;
    }

    /** The environment variable that overrides a key: {@code migration.lock_wait} is RETORT_MIGRATION_LOCK_WAIT. */
    public static String environmentVariable(String key) {
        String name = key.startsWith("retort.") ? key.substring("retort.".length()) : key;
        return "RETORT_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static Map<String, String> read(Path file) throws ConfigException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            requireKnownKey(key, file.toString());
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
    }

    private static void requireKnownKey(String key, String where) throws ConfigException {
        if (!KEYS.contains(key) && !key.startsWith("hibernate.") && !key.startsWith("jakarta.persistence.")
                && !key.startsWith(PolicySettings.RULE_PREFIX) && !FlywaySettings.known(key)
                && !key.equals(ScriptFormatDetection.FLYWAY_ENABLED)) {
            throw new ConfigException("unknown key '" + key + "' in " + where + "; known keys: "
                    + String.join(", ", new TreeSet<>(KEYS))
                    + ", retort.<difference kind>[@name], hibernate.*, jakarta.persistence.*, flyway.<"
                    + String.join("|", new TreeSet<>(FlywaySettings.KEYS)) + "|placeholders.*>");
        }
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
        requireNoUserInfo(url, "database.url");
        requireNoUserInfo(values.getOrDefault("history.database", ""), "history.database");
        requireNoUserInfo(values.getOrDefault(NormalizeSettings.KEY, ""), NormalizeSettings.KEY);
        DatabaseSettings database = url.isEmpty() ? DatabaseSettings.EMBEDDED : new DatabaseSettings(url,
                values.getOrDefault("database.user", ""), values.getOrDefault("database.password", ""),
                timeouts(values, file));
        List<Path> classpath = split(values.getOrDefault("entities.classpath", ""), File.pathSeparator).stream()
                .map(p -> directory.resolve(p).normalize()).toList();
        List<String> packages = split(values.getOrDefault("entities.packages", ""), ",");
        Path persistenceXml = values.containsKey("entities.persistence-xml")
                ? directory.resolve(values.get("entities.persistence-xml")).normalize() : null;
        EntitySettings entities = new EntitySettings(classpath, packages, persistenceXml,
                values.get("entities.persistence-unit"));
        FlywaySettings flyway = FlywaySettings.of(values);
        ScriptFormatDetection.Detected format = scriptFormat(values, file, directory, flyway);
        flyway = flyway.lookingInDatabase(ScriptFormatDetection.leftToDatabase(format, values, database));
        boolean liquibase = format.format() == ScriptFormat.LIQUIBASE;
        boolean told = !format.reason().equals(ScriptFormatDetection.SET);
        Path scripts = directory.resolve(values.getOrDefault("script.location", "migrations")).normalize();
        if (liquibase && (told || values.getOrDefault("script.location", "").isBlank())) {
            // Liquibase's search path, where Spring Boot and Quarkus look (not init's retort directory).
            scripts = directory.resolve(LiquibaseChangeLogSetting.DEFAULT_SEARCH_PATH).normalize();
        } else if (format.flywayDirectory().isPresent()) {
            // Told from the project: the next version goes where its scripts are (not init's retort directory).
            scripts = format.flywayDirectory().get();
        } else if (format.format() == ScriptFormat.FLYWAY && values.getOrDefault("script.location", "").isBlank()) {
            // Where Flyway reads (and Spring Boot and Quarkus look by default) is where the next version goes.
            scripts = FlywaySettings.directoryOf(flyway.locations().isEmpty()
                    ? ScriptFormatDetection.DEFAULT_FLYWAY_LOCATION : flyway.locations().get(0), directory);
        }
        String changeLog = liquibase ? LiquibaseChangeLogSetting.resolve(
                values.getOrDefault(OtherTools.LIQUIBASE_CHANGE_LOG, ""), scripts) : "";
        QualifiedName versionTable = qualifiedName(values.getOrDefault("version.table", "public.retort_version"),
                file);
        Map<String, String> hibernate = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")) {
                hibernate.put(key, value);
            }
        });
        return new RetortConfig(directory, database, entities, scripts, versionTable, hibernate,
                PolicySettings.policy(values, KEYS, file, flyway), migration(values, file),
                split(values.getOrDefault("database.schemas", ""), ","), embedded(values, directory, file),
                history(values, file), normalize(values, file), format.format(), changeLog,
                new LiquibaseFilter(values.getOrDefault(LiquibaseFilter.CONTEXTS_KEY, ""),
                        values.getOrDefault(LiquibaseFilter.LABELS_KEY, "")), flyway,
                split(values.getOrDefault(RENAMES_KEY, ""), ","), lint(values, file));
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

    /**
     * PostgreSQL's JDBC driver does not read {@code user:password@host}: it takes all of it for the host name, and the
     * password would reach error messages. Such a URL is refused before anything connects.
     */
    private static void requireNoUserInfo(String url, String key) throws ConfigException {
        if (Redaction.hasUserInfo(url)) {
            throw new ConfigException(key + " " + Redaction.url(url) + " names a user (and a password) before the"
                    + " host, which PostgreSQL's JDBC driver does not read: write jdbc:postgresql://host:port/db and set"
                    + " database.user and RETORT_DATABASE_PASSWORD");
        }
    }

    private static HistorySettings history(Map<String, String> values, Path file) throws ConfigException {
        try {
            return HistorySettings.parse(values.getOrDefault("history.database", ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("history.database in " + file + " or RETORT_HISTORY_DATABASE: " + e.getMessage());
        }
    }

    private static NormalizeSettings normalize(Map<String, String> values, Path file) throws ConfigException {
        try {
            return NormalizeSettings.parse(values.getOrDefault(NormalizeSettings.KEY, ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(NormalizeSettings.KEY + " in " + file + " or RETORT_NORMALIZE_DATABASE: "
                    + e.getMessage());
        }
    }

    /** {@code script.format} as set, or told from the project when unset ({@link ScriptFormatDetection}). */
    static ScriptFormatDetection.Detected scriptFormat(Map<String, String> values, Path file, Path directory,
                                                      FlywaySettings flyway) throws ConfigException {
        String value = values.getOrDefault(ScriptFormat.KEY, "");
        if (value.isBlank()) {
            return ScriptFormatDetection.detect(directory, values, flyway);
        }
        try {
            return new ScriptFormatDetection.Detected(ScriptFormat.parse(value), ScriptFormatDetection.SET);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ScriptFormat.KEY + " in " + file + " or RETORT_SCRIPT_FORMAT: " + e.getMessage());
        }
    }

    private static MigrationSettings migration(Map<String, String> values, Path file) throws ConfigException {
        return new MigrationSettings(duration(values, "migration.lock_wait", file, MigrationSettings.DEFAULT_LOCK_WAIT),
                duration(values, "migration.lock_timeout", file, MigrationSettings.DEFAULT_LOCK_TIMEOUT),
                duration(values, "migration.statement_timeout", file, null), lockAware(values, file));
    }

    private static Set<LockAwareForm> lockAware(Map<String, String> values, Path file) throws ConfigException {
        String key = "migration.lock_aware";
        String value = values.getOrDefault(key, "");
        try {
            return LockAwareForm.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + "=" + value + " (" + file.getFileName() + " or "
                    + environmentVariable(key) + "): " + e.getMessage());
        }
    }

    private static LintSettings lint(Map<String, String> values, Path file) throws ConfigException {
        String value = values.getOrDefault(LintSettings.DISABLE_KEY, "");
        try {
            return LintSettings.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(LintSettings.DISABLE_KEY + "=" + value + " (" + file.getFileName() + " or "
                    + environmentVariable(LintSettings.DISABLE_KEY) + "): " + e.getMessage());
        }
    }

    private static ConnectionTimeouts timeouts(Map<String, String> values, Path file) throws ConfigException {
        ConnectionTimeouts defaults = ConnectionTimeouts.DEFAULTS;
        Duration connect = duration(values, "database.connect_timeout", file, defaults.connect());
        if (connect.isZero()) {
            throw new ConfigException("database.connect_timeout=0 (" + file.getFileName() + " or "
                    + environmentVariable("database.connect_timeout") + "): a connection needs some time; give a "
                    + "duration such as 10s");
        }
        return new ConnectionTimeouts(connect, duration(values, "database.lock_timeout", file, defaults.lock()),
                duration(values, "database.statement_timeout", file, defaults.statement()));
    }

    private static Duration duration(Map<String, String> values, String key, Path file, Duration absent)
            throws ConfigException {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return MigrationSettings.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + "=" + value + " (" + file.getFileName() + " or "
                    + environmentVariable(key) + "): " + e.getMessage());
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

    static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
