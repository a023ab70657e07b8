package dev.retort.compare;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between the database and the entities that a team accepted as they are when it adopted the
 * database ({@code retort baseline}): the database's wider types, stricter NOT NULLs, constraints and rules of its
 * own. Each is pinned to its values on both sides, so that a later change of either side is a difference again.
 */
public final class AcceptedDifferences {

    /** One accepted difference: its kind, which object and aspect, and the two values it was accepted with. */
    public record Entry(Category category, Difference.Key key, String database, String entities) {
        public Entry {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(key, "key");
        }

        public static Entry of(Difference difference) {
            return new Entry(difference.category(), difference.key(), difference.from(), difference.to());
        }
    }

    private static final AcceptedDifferences NONE = new AcceptedDifferences(List.of());

    private final Set<Entry> entries;

    public AcceptedDifferences(Collection<Entry> entries) {
        this.entries = Set.copyOf(new HashSet<>(entries));
    }

    public static AcceptedDifferences none() {
        return NONE;
    }

    public boolean accepts(Difference difference) {
        return entries.contains(Entry.of(difference));
    }

    public Set<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
