package dev.retort.compare;

import dev.retort.ops.Operation;
import java.util.List;
import java.util.Objects;

/**
 * An operation together with the differences it resolves.
 *
 * @param note what a reviewer must know beyond the differences, when the operation does only part of what they ask
 *             (an expand revision's column added nullable, its NOT NULL left for the contract); empty otherwise
 */
public record Change(Operation operation, List<Difference> differences, String note) {
    public Change {
        Objects.requireNonNull(operation, "operation");
        differences = List.copyOf(differences);
        Objects.requireNonNull(note, "note");
    }

    public Change(Operation operation, List<Difference> differences) {
        this(operation, differences, "");
    }

    public static Change of(Operation operation, Difference... differences) {
        return new Change(operation, List.of(differences));
    }
}
