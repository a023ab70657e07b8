package dev.retort.reflect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * The catalog SQL the reflector runs, kept as resources under {@code dev/retort/reflect}: the SchemaCrawler
 * information-schema views ({@code information_schema/<KEY>.sql}), the queries it runs itself
 * ({@code catalog/*.sql}) and the session statements ({@code session/*.sql}).
 */
final class CatalogSql {

    /** The SchemaCrawler views the reflector provides; every other key stays unset, so SchemaCrawler skips it. */
    static final List<InformationSchemaKey> VIEWS = List.of(
            InformationSchemaKey.SCHEMATA,
            InformationSchemaKey.TABLES,
            InformationSchemaKey.TABLE_COLUMNS,
            InformationSchemaKey.PRIMARY_KEYS,
            InformationSchemaKey.INDEXES,
            InformationSchemaKey.TABLE_CONSTRAINTS,
            InformationSchemaKey.CONSTRAINT_COLUMN_USAGE,
            InformationSchemaKey.VIEWS,
            InformationSchemaKey.SEQUENCES);

    /** The template variable in every view that stands for the scope's schema names. */
    static final String SCOPE_VARIABLE = "scope-schemas";

    private static final Map<InformationSchemaKey, String> VIEW_SQL = loadViews();

    static final String BEGIN_READ_ONLY_SNAPSHOT = load("session/begin-read-only-snapshot.sql");
    static final String PIN_OUTPUT_SETTINGS = load("session/pin-output-settings.sql");
    static final String FOREIGN_KEYS = load("catalog/foreign_keys.sql");
    static final String ENUM_TYPES = load("catalog/enum_types.sql");
    static final String UNSUPPORTED = load("catalog/unsupported.sql");
    static final String VIEW_DEPENDENCIES = load("catalog/view_dependencies.sql");
    static final String USER_SCHEMAS = load("catalog/user_schemas.sql");

    private CatalogSql() {
    }

    /** The view's SQL with its scope variable still in place. */
    static String view(InformationSchemaKey key) {
        String sql = VIEW_SQL.get(key);
        if (sql == null) {
            throw new IllegalArgumentException("no catalog SQL for " + key);
        }
        return sql;
    }

    private static Map<InformationSchemaKey, String> loadViews() {
        Map<InformationSchemaKey, String> views = new EnumMap<>(InformationSchemaKey.class);
        for (InformationSchemaKey key : VIEWS) {
            views.put(key, load("information_schema/" + key.name() + ".sql"));
        }
        return views;
    }

    private static String load(String relativePath) {
        String resource = "/dev/retort/reflect/" + relativePath;
        try (InputStream in = CatalogSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog SQL resource " + resource, e);
        }
    }
}
