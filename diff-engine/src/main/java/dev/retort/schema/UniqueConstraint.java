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

    /** The columns as a set: which values must be unique does not depend on their order. */
    @Override
    public String signature() {
        return "unique " + columns.stream().sorted().toList();
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
