package dev.retort.schema;

import java.util.Objects;

/**
 * Something a side has that retort's model cannot describe yet (a generated column, an exclusion constraint, a
 * column collation...). It is carried so that the comparison reports it: nothing is skipped silently.
 *
 * @param what one line saying what it is and why retort cannot compare it
 */
public record Unsupported(ObjectPath path, String what) {
    public Unsupported {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(what, "what");
    }
}
