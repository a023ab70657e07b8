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
 * @param schemas   the schemas the model covers (a target names every schema its objects live in)
 * @param views     views the database has; never produced by entities, carried to be reported
 */
public record SchemaModel(List<String> schemas, List<Table> tables, List<Sequence> sequences, List<View> views) {

    public SchemaModel {
        schemas = List.copyOf(new TreeSet<>(schemas));
        tables = sortedUnique(tables, Table::name, "table");
        sequences = sortedUnique(sequences, Sequence::name, "sequence");
        views = sortedUnique(views, View::name, "view");
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
        Objects.requireNonNull(name);
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public SchemaModel withSchemas(List<String> newSchemas) {
        return new SchemaModel(newSchemas, tables, sequences, views);
    }

    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(schemas, newTables, sequences, views);
    }

    public SchemaModel withSequences(List<Sequence> newSequences) {
        return new SchemaModel(schemas, tables, newSequences, views);
    }

    public SchemaModel withViews(List<View> newViews) {
        return new SchemaModel(schemas, tables, sequences, newViews);
    }
}
