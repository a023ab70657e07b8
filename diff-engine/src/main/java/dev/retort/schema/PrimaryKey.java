package dev.retort.schema;

import java.util.List;
import java.util.Objects;

public record PrimaryKey(String name, List<String> columns) implements Constraint {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("primary key without columns");
        }
    }

    public static PrimaryKey of(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    /**
     * The key's columns as a set: a key is the same key whatever the order of its columns, which a mapping does not
     * state ({@code @IdClass}, a join table's key).
     */
    @Override
    public String signature() {
        return "primary key " + columns.stream().sorted().toList();
    }

    @Override
    public PrimaryKey withName(String newName) {
        return new PrimaryKey(Objects.requireNonNull(newName), columns);
    }

    @Override
    public String kind() {
        return "primary key";
    }
}
