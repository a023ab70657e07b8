package dev.retort.config;

import dev.retort.compare.ComparePolicy;
import dev.retort.embedded.EmbeddedSettings;
import dev.retort.schema.QualifiedName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project's resolved configuration: the file written by {@code retort init}, with the environment's
 * {@code RETORT_*} variables applied on top and relative paths resolved against the file's directory.
 *
 * @param database          the server to work on; {@link DatabaseSettings#isEmbedded() none} means an embedded
 *                          PostgreSQL with the revision history replayed into it, as {@code embedded} says
 * @param hibernateSettings settings passed to Hibernate as they are (naming strategies, default schema, ...)
 * @param migration         lock waiting and session timeouts for upgrade, downgrade and stamp
 * @param schemas           the schemas retort reads ({@code database.schemas}); empty means every schema of the
 *                          database that is its own (not PostgreSQL's, not an extension's)
 * @param history           where the revision history is replayed to tell changes from drift
 * @param normalize         where the entities' schema is put in the database's canonical form
 * @param scriptFormat      whose files revisions are written as, and whose record of applied migrations is read
 * @param liquibaseChangeLog for {@link ScriptFormat#LIQUIBASE}: the master changelog as Liquibase names it, relative
 *                          to its search path (the script location), e.g. {@code db/changelog/db.changelog-master.yaml};
 *                          empty for the other formats
 * @param liquibaseFilter   for {@link ScriptFormat#LIQUIBASE}: the contexts and labels Liquibase runs with
 * @param flyway            the project's Flyway configuration, for {@link ScriptFormat#FLYWAY}
 * @param renames           the renames {@code revision --autogenerate} makes ({@code revision.renames}, then
 *                          {@code --rename}), as written: {@code table.column=new_column}, {@code table=new_table}
 * @param lint              what {@code lint}, {@code check} and {@code revision --autogenerate} lint for
 */
public record RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                           Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                           ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                           EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize,
                           ScriptFormat scriptFormat, String liquibaseChangeLog, LiquibaseFilter liquibaseFilter,
                           FlywaySettings flyway, List<String> renames, LintSettings lint) {

    public RetortConfig {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        Objects.requireNonNull(versionTable, "versionTable");
        hibernateSettings = Map.copyOf(hibernateSettings);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(migration, "migration");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(embedded, "embedded");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(normalize, "normalize");
        Objects.requireNonNull(scriptFormat, "scriptFormat");
        Objects.requireNonNull(liquibaseChangeLog, "liquibaseChangeLog");
        Objects.requireNonNull(liquibaseFilter, "liquibaseFilter");
        Objects.requireNonNull(flyway, "flyway");
        renames = List.copyOf(renames);
        Objects.requireNonNull(lint, "lint");
    }

    /** A configuration linting for every rule. */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                        Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                        ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                        EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize,
                        ScriptFormat scriptFormat, String liquibaseChangeLog, LiquibaseFilter liquibaseFilter,
                        FlywaySettings flyway, List<String> renames) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy, migration,
                schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog, liquibaseFilter, flyway,
                renames, LintSettings.ALL_RULES);
    }

    /** A configuration without declared renames. */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                        Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                        ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                        EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize,
                        ScriptFormat scriptFormat, String liquibaseChangeLog, LiquibaseFilter liquibaseFilter,
                        FlywaySettings flyway) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy, migration,
                schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog, liquibaseFilter, flyway,
                List.of());
    }

    /** A configuration with a Liquibase changelog (or none) run without contexts or labels, and Flyway's defaults. */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                        Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                        ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                        EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize,
                        ScriptFormat scriptFormat, String liquibaseChangeLog) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy, migration,
                schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog, LiquibaseFilter.NONE,
                FlywaySettings.DEFAULTS);
    }

    /** A configuration of the given format without a Liquibase changelog, with Flyway's defaults. */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                        Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                        ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                        EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize,
                        ScriptFormat scriptFormat) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy, migration,
                schemas, embedded, history, normalize, scriptFormat, "");
    }

    /** A configuration in retort's own {@link ScriptFormat#RETORT format}. */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities,
                        Path scriptLocation, QualifiedName versionTable, Map<String, String> hibernateSettings,
                        ComparePolicy policy, MigrationSettings migration, List<String> schemas,
                        EmbeddedSettings embedded, HistorySettings history, NormalizeSettings normalize) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy, migration,
                schemas, embedded, history, normalize, ScriptFormat.RETORT);
    }

    /**
     * A configuration with the default migration and embedded settings (bundled binaries, the user's cache),
     * reading every schema of the database that is its own, normalizing where {@link NormalizeSettings#AUTO} says.
     */
    public RetortConfig(Path projectDirectory, DatabaseSettings database, EntitySettings entities, Path scriptLocation,
                        QualifiedName versionTable, Map<String, String> hibernateSettings, ComparePolicy policy) {
        this(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings, policy,
                MigrationSettings.defaults(), List.of(), EmbeddedSettings.defaults(), HistorySettings.EMBEDDED,
                NormalizeSettings.AUTO);
    }

    /** The same project on another database. */
    public RetortConfig withDatabase(DatabaseSettings other) {
        return new RetortConfig(projectDirectory, other, entities, scriptLocation, versionTable, hibernateSettings,
                policy, migration, schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog,
                liquibaseFilter, flyway, renames, lint);
    }

    /** The same project with other Flyway settings. */
    public RetortConfig withFlyway(FlywaySettings other) {
        return new RetortConfig(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings,
                policy, migration, schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog,
                liquibaseFilter, other, renames, lint);
    }

    /** The same project replaying its history elsewhere. */
    public RetortConfig withHistory(HistorySettings other) {
        return new RetortConfig(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings,
                policy, migration, schemas, embedded, other, normalize, scriptFormat, liquibaseChangeLog,
                liquibaseFilter, flyway, renames, lint);
    }

    /**
     * The same project told, by its database's history table, to be Flyway's ({@link FlywaySettings#lookInDatabase()}):
     * its scripts go where Flyway reads them (its first location, else {@code src/main/resources/db/migration}).
     */
    public RetortConfig flywayFromDatabase() {
        Path scripts = FlywaySettings.directoryOf(flyway.locations().isEmpty() ? "classpath:db/migration"
                : flyway.locations().get(0), projectDirectory);
        return new RetortConfig(projectDirectory, database, entities, scripts, versionTable, hibernateSettings,
                policy, migration, schemas, embedded, history, normalize, ScriptFormat.FLYWAY, "",
                LiquibaseFilter.NONE, flyway.lookingInDatabase(false), renames, lint);
    }

    /** The same project with these renames declared, in place of the configured ones. */
    public RetortConfig withRenames(List<String> other) {
        return new RetortConfig(projectDirectory, database, entities, scriptLocation, versionTable, hibernateSettings,
                policy, migration, schemas, embedded, history, normalize, scriptFormat, liquibaseChangeLog,
                liquibaseFilter, flyway, other, lint);
    }

    /** The file listing the differences accepted when the database was adopted ({@code retort baseline}). */
    public Path acceptedDifferencesFile() {
        return scriptLocation.resolve("accepted-differences.tsv");
    }

    /**
     * Where revision files live: {@code versions} under the script location, a Flyway directory itself, or the
     * directory of Liquibase's master changelog (where retort writes its changelogs).
     */
    public Path versionsDirectory() {
        if (scriptFormat == ScriptFormat.LIQUIBASE) {
            Path master = scriptLocation.resolve(liquibaseChangeLog).normalize();
            return master.getParent() == null ? scriptLocation : master.getParent();
        }
        return scriptFormat == ScriptFormat.FLYWAY ? scriptLocation : scriptLocation.resolve("versions");
    }

    /**
     * The schema unqualified names resolve to, as the catalog spells it: Hibernate's default schema, else
     * {@code public}. Like any identifier, it keeps its case only when quoted (or when Hibernate quotes every
     * identifier); otherwise PostgreSQL folds it to lower case.
     */
    public String defaultSchema() {
        String configured = hibernateSettings.getOrDefault("hibernate.default_schema", "").strip();
        if (configured.isEmpty()) {
            return "public";
        }
        boolean quoted = configured.length() > 1 && (configured.startsWith("\"") && configured.endsWith("\"")
                || configured.startsWith("`") && configured.endsWith("`"));
        if (quoted) {
            return configured.substring(1, configured.length() - 1).replace("\"\"", "\"");
        }
        boolean globallyQuoted = Boolean.parseBoolean(
                hibernateSettings.getOrDefault("hibernate.globally_quoted_identifiers", "false"));
        return globallyQuoted ? configured : configured.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * How to reach the database, and how long to wait on it. The password is never part of {@link #toString()}. An
     * empty URL means that no server is configured: retort then works on an embedded PostgreSQL.
     */
    public record DatabaseSettings(String url, String user, String password, ConnectionTimeouts timeouts) {

        /** No server: an embedded PostgreSQL. */
        public static final DatabaseSettings EMBEDDED = new DatabaseSettings("", "", "");

        public DatabaseSettings {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(timeouts, "timeouts");
        }

        /** A database reached with the {@link ConnectionTimeouts#DEFAULTS default timeouts}. */
        public DatabaseSettings(String url, String user, String password) {
            this(url, user, password, ConnectionTimeouts.DEFAULTS);
        }

        public boolean isEmbedded() {
            return url.isEmpty();
        }

        @Override
        public String toString() {
            return "DatabaseSettings[url=" + Redaction.url(url) + ", user=" + user + ", password=***]";
        }
    }

    /** Where the compiled entities are and which packages hold them. */
    public record EntitySettings(List<Path> classpath, List<String> packages, Path persistenceXml,
                                 String persistenceUnit) {
        public EntitySettings {
            classpath = List.copyOf(classpath);
            packages = List.copyOf(packages);
        }
    }
}
