package dev.retort.reflect;

import dev.retort.schema.QualifiedName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to read: these schemas (those that exist), minus the excluded tables (retort's own version table, for
 * one). Schema names are catalog names: case-sensitive and unquoted ({@code public}, {@code Sales}).
 *
 * @param schemas        the schemas to read, without duplicates, in the order given
 * @param excludedTables tables of those schemas that the model leaves out
 */
public record ReflectionScope(List<String> schemas, Set<QualifiedName> excludedTables) {

    public ReflectionScope {
        schemas = List.copyOf(new LinkedHashSet<>(schemas));
        excludedTables = Set.copyOf(excludedTables);
        for (String schema : schemas) {
            if (schema.isEmpty()) {
                throw new IllegalArgumentException("an empty schema name in the reflection scope");
            }
        }
    }

    public static ReflectionScope of(String... schemas) {
        return new ReflectionScope(List.of(schemas), Set.of());
    }

    /** This scope without these tables as well. */
    public ReflectionScope excluding(QualifiedName... tables) {
        Set<QualifiedName> excluded = new LinkedHashSet<>(excludedTables);
        excluded.addAll(List.of(tables));
        return new ReflectionScope(schemas, excluded);
    }

    boolean excludes(QualifiedName table) {
        return excludedTables.contains(Objects.requireNonNull(table));
    }
}
