package dev.retort.schema;

import java.util.Objects;

/**
 * A standalone sequence (identity sequences belong to their column and never appear here).
 * The optional parts are {@code null} when the source left them to the database (the entities never state a data
 * type, bounds, cache or cycle, and a start of 1 is JPA's default, not a choice); the database's side has every part.
 */
public record Sequence(QualifiedName name, String dataType, Long start, long increment, Long minValue,
                       Long maxValue, Long cache, boolean cycle) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " with increment 0");
        }
    }

    /** A sequence as JPA describes one: a start and an increment, the rest the database's defaults. */
    public static Sequence of(QualifiedName name, long start, long increment) {
        return of(name, Long.valueOf(start), increment);
    }

    /** @param start the first value, {@code null} for the database's default (the minimum, or the maximum going down) */
    public static Sequence of(QualifiedName name, Long start, long increment) {
        return new Sequence(name, null, start, increment, null, null, null, false);
    }

    public Sequence withIncrement(long newIncrement) {
        return new Sequence(name, dataType, start, newIncrement, minValue, maxValue, cache, cycle);
    }

    public Sequence withStart(Long newStart) {
        return new Sequence(name, dataType, newStart, increment, minValue, maxValue, cache, cycle);
    }

    public Sequence inSchema(String schema) {
        return new Sequence(name.inSchema(schema), dataType, start, increment, minValue, maxValue, cache, cycle);
    }
}
