package dev.retort.reflect;

import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;
import java.util.HashMap;
import java.util.Map;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the reflector reads with catalog queries of its own, beside SchemaCrawler: the enum types of the scope
 * ({@code catalog/enum_types.sql}) and everything the model cannot describe ({@code catalog/unsupported.sql}),
 * which the comparison reports so that nothing is skipped silently.
 */
final class BeyondTables {

    private BeyondTables() {
    }

    static List<EnumType> enumTypes(Connection connection, ReflectionScope scope) throws ReflectionException {
        List<EnumType> types = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogSql.ENUM_TYPES)) {
            statement.setArray(1, schemas(connection, scope));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Array labels = rows.getArray("labels");
                    types.add(new EnumType(QualifiedName.of(rows.getString("type_schema"), rows.getString("type_name")),
                            Arrays.asList((String[]) labels.getArray()), rows.getBoolean("varchar_casts")));
                }
            }
        } catch (SQLException e) {
            throw failure("enum types", scope, e);
        }
        return types;
    }

    static List<Unsupported> unsupported(Connection connection, ReflectionScope scope) throws ReflectionException {
        List<Unsupported> found = new ArrayList<>();
        Set<QualifiedName> excluded = scope.excludedTables();
        try (PreparedStatement statement = connection.prepareStatement(CatalogSql.UNSUPPORTED)) {
            statement.setArray(1, schemas(connection, scope));
            statement.setArray(2, schemas(connection, scope));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    QualifiedName object = QualifiedName.of(rows.getString("schema_name"), rows.getString("object_name"));
                    if (!excluded.contains(object)) {
                        found.add(new Unsupported(path(rows.getString("kind"), object, rows.getString("member")),
                                rows.getString("description")));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("objects", scope, e);
        }
        return found;
    }

    /** The views with what each reads, from {@code catalog/view_dependencies.sql}. */
    static List<View> withReads(Connection connection, ReflectionScope scope, List<View> views)
            throws ReflectionException {
        if (views.isEmpty()) {
            return views;
        }
        Map<QualifiedName, List<ObjectPath>> reads = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CatalogSql.VIEW_DEPENDENCIES)) {
            statement.setArray(1, schemas(connection, scope));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    QualifiedName view = QualifiedName.of(rows.getString("view_schema"), rows.getString("view_name"));
                    QualifiedName used = QualifiedName.of(rows.getString("used_schema"), rows.getString("used_relation"));
                    String column = rows.getString("used_column");
                    String kind = rows.getString("used_kind");
                    boolean usedIsView = kind.equals("v") || kind.equals("m");
                    List<ObjectPath> viewReads = reads.computeIfAbsent(view, v -> new ArrayList<>());
                    if (column != null) {
                        viewReads.add(ObjectPath.column(used, column));
                    }
                    // A view read through its columns is still a view this one must be dropped before.
                    if (usedIsView || column == null) {
                        viewReads.add(usedIsView ? ObjectPath.view(used) : ObjectPath.table(used));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("view dependencies", scope, e);
        }
        return views.stream().map(v -> new View(v.name(), v.definition(), v.materialized(),
                reads.getOrDefault(v.name(), List.of()))).toList();
    }

    private static ObjectPath path(String kind, QualifiedName object, String member) {
        ObjectKind objectKind = switch (kind) {
            case "table" -> ObjectKind.TABLE;
            case "column" -> ObjectKind.COLUMN;
            case "index" -> ObjectKind.INDEX;
            case "constraint" -> ObjectKind.CHECK_CONSTRAINT;
            default -> ObjectKind.OTHER;
        };
        return new ObjectPath(objectKind, object, member);
    }

    private static Array schemas(Connection connection, ReflectionScope scope) throws SQLException {
        return connection.createArrayOf("text", scope.schemas().toArray());
    }

    private static ReflectionException failure(String what, ReflectionScope scope, SQLException e) {
        return new ReflectionException("cannot read the " + what + " of schemas " + scope.schemas() + ": "
                + e.getMessage().lines().findFirst().orElse(""), e);
    }
}
