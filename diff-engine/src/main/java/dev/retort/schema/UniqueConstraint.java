package dev.retort.schema;

import java.util.List;
import java.util.Objects;

public record UniqueConstraint(String name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint without columns");
        }
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    /**
     * The columns in order: a mapping states them ({@code @UniqueConstraint(columnNames = ...)}), and their order
     * decides which queries the key's index serves.
     */
    @Override
    public String signature() {
        return "unique " + columns;
    }

    @Override
    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(Objects.requireNonNull(newName), columns);
    }

    @Override
    public String kind() {
        return "unique constraint";
    }
}
