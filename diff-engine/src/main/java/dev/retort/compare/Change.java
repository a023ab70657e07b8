package dev.retort.compare;

import dev.retort.ops.Operation;
import java.util.List;
import java.util.Objects;

/** An operation together with the differences it resolves. */
public record Change(Operation operation, List<Difference> differences) {
    public Change {
        Objects.requireNonNull(operation, "operation");
        differences = List.copyOf(differences);
    }

    public static Change of(Operation operation, Difference... differences) {
        return new Change(operation, List.of(differences));
    }
}
