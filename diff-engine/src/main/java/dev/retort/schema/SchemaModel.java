package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The neutral description of a database schema that both sides of a comparison are turned into: the
 * target from the entities, the current state from the live database. Immutable; lists are sorted by name so
 * that two models describing the same schema are {@code equals}.
 *
 * @param schemas     the schemas the model covers (a target names every schema its objects live in)
 * @param views       views the database has; never produced by entities, carried to be reported
 * @param enumTypes   PostgreSQL enum types
 * @param unsupported what this side has that the model cannot describe, to be reported
 */
public record SchemaModel(List<String> schemas, List<Table> tables, List<Sequence> sequences, List<View> views,
                          List<EnumType> enumTypes, List<Unsupported> unsupported) {

    public SchemaModel {
        schemas = List.copyOf(new TreeSet<>(schemas));
        tables = sortedUnique(tables, Table::name, "table");
        sequences = sortedUnique(sequences, Sequence::name, "sequence");
        views = sortedUnique(views, View::name, "view");
        enumTypes = sortedUnique(enumTypes, EnumType::name, "enum type");
        List<Unsupported> sortedUnsupported = new ArrayList<>(unsupported);
        sortedUnsupported.sort(Comparator.comparing(Unsupported::path).thenComparing(Unsupported::what));
        unsupported = List.copyOf(sortedUnsupported);
    }

    /** A model without enum types and without unsupported objects. */
    public SchemaModel(List<String> schemas, List<Table> tables, List<Sequence> sequences, List<View> views) {
        this(schemas, tables, sequences, views, List.of(), List.of());
    }

    public static SchemaModel empty(String... schemas) {
        return new SchemaModel(List.of(schemas), List.of(), List.of(), List.of());
    }

    private static <T> List<T> sortedUnique(List<T> values, Function<T, QualifiedName> key, String kind) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(key));
        for (int i = 1; i < copy.size(); i++) {
            if (key.apply(copy.get(i)).equals(key.apply(copy.get(i - 1)))) {
                throw new IllegalArgumentException("two of " + kind + " " + key.apply(copy.get(i)));
            }
        }
        return List.copyOf(copy);
    }

    public Optional<Table> table(QualifiedName name) {
        return find(tables, Table::name, name);
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return find(sequences, Sequence::name, name);
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return find(enumTypes, EnumType::name, name);
    }

    /** Binary search: the lists are sorted by name, and comparisons look objects up for every table. */
    private static <T> Optional<T> find(List<T> sorted, Function<T, QualifiedName> key, QualifiedName name) {
        Objects.requireNonNull(name);
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = key.apply(sorted.get(middle)).compareTo(name);
            if (order == 0) {
                return Optional.of(sorted.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    public SchemaModel withSchemas(List<String> newSchemas) {
        return new SchemaModel(newSchemas, tables, sequences, views, enumTypes, unsupported);
    }

    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(schemas, newTables, sequences, views, enumTypes, unsupported);
    }

    public SchemaModel withSequences(List<Sequence> newSequences) {
        return new SchemaModel(schemas, tables, newSequences, views, enumTypes, unsupported);
    }

    public SchemaModel withViews(List<View> newViews) {
        return new SchemaModel(schemas, tables, sequences, newViews, enumTypes, unsupported);
    }

    public SchemaModel withEnumTypes(List<EnumType> newEnumTypes) {
        return new SchemaModel(schemas, tables, sequences, views, newEnumTypes, unsupported);
    }

    public SchemaModel withUnsupported(List<Unsupported> newUnsupported) {
        return new SchemaModel(schemas, tables, sequences, views, enumTypes, newUnsupported);
    }
}
