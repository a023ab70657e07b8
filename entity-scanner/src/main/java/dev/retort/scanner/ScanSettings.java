package dev.retort.scanner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * The Hibernate settings of a scan: the persistence unit's properties, overridden by the caller's settings, passed
 * on verbatim (naming strategies, default schema, quoting, id generator settings all change the schema), with the
 * few that make it a scan forced: never touch a database, and speak PostgreSQL of a known version.
 */
final class ScanSettings {

    /** The PostgreSQL major version the DDL is meant for unless the settings name one. */
    static final String DEFAULT_DATABASE_MAJOR_VERSION = "15";

    /** Any of these names a version; the javax spellings are deprecated but Hibernate still reads them. */
    private static final List<String> VERSION_SETTINGS = List.of(JdbcSettings.JAKARTA_HBM2DDL_DB_VERSION,
            JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "javax.persistence.database-product-version",
            "javax.persistence.database-major-version");

    private ScanSettings() {
    }

    static Map<String, Object> resolve(Map<String, String> unitProperties, Map<String, String> callerSettings,
                                       ClassLoader loader, List<String> warnings) {
        Map<String, Object> settings = new LinkedHashMap<>(unitProperties);
        settings.putAll(callerSettings);
        // The one setting that keeps Hibernate from opening a connection during boot (dependency-facts §2).
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
        Object dialect = settings.get(JdbcSettings.DIALECT);
        if (dialect != null && !isPostgreSqlDialect(String.valueOf(dialect), loader)) {
            warnings.add("hibernate.dialect=" + dialect + " is not a PostgreSQL dialect: retort scans for PostgreSQL "
                    + "and ignored it");
            settings.remove(JdbcSettings.DIALECT);
            dialect = null;
        }
        if (dialect == null) {
            settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        }
        if (VERSION_SETTINGS.stream().noneMatch(settings::containsKey)) {
            settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, DEFAULT_DATABASE_MAJOR_VERSION);
        }
        Object catalog = settings.get(MappingSettings.DEFAULT_CATALOG);
        if (catalog != null && !String.valueOf(catalog).isBlank()) {
            warnings.add("hibernate.default_catalog=" + catalog + " is ignored: PostgreSQL tables live in the "
                    + "database retort connects to; remove the setting");
        }
        return settings;
    }

    private static boolean isPostgreSqlDialect(String dialect, ClassLoader loader) {
        String name = dialect.strip();
        try {
            return PostgreSQLDialect.class.isAssignableFrom(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError notAClassName) {
            // Hibernate also accepts short names such as "PostgreSQL"; anything else is not ours to interpret.
            return name.toLowerCase(java.util.Locale.ROOT).startsWith("postgresql");
        }
    }
}
