package dev.retort.compare;

import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome of comparing the database with the entities.
 *
 * @param changes  differences that become operations
 * @param reported differences that are reported but, by policy, not turned into operations (objects the
 *                 entities do not describe)
 */
public record Comparison(List<Change> changes, List<Difference> reported) {

    public Comparison {
        changes = List.copyOf(changes);
        reported = List.copyOf(reported);
    }

    /** True when the database and the entities agree on everything that is compared. */
    public boolean isEmpty() {
        return changes.isEmpty() && reported.isEmpty();
    }

    /**
     * Every difference once, those with operations first (one difference may need several operations: a new table
     * and its foreign keys, a foreign key dropped and added again with other rules).
     */
    public List<Difference> differences() {
        return Stream.concat(changes.stream().flatMap(c -> c.differences().stream()), reported.stream()).distinct()
                .toList();
    }
}
