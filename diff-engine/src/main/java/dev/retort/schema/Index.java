package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that is not the backing index of a primary key or unique constraint.
 *
 * @param method    the access method ({@code btree}, {@code gin}, ...)
 * @param predicate the WHERE clause of a partial index, {@code null} for a full index
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String method, String predicate) {

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(method, "method");
        predicate = Text.blankToNull(predicate);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " without keys");
        }
    }

    public static Index of(String name, boolean unique, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), unique, "btree",
                null);
    }

    /** Pairing identity: everything but the name. */
    public String signature() {
        return (unique ? "unique " : "") + method + " " + keys + (predicate == null ? "" : " where " + predicate);
    }

    /** The plain columns among the keys (expression keys have none we can name). */
    public List<String> columns() {
        return keys.stream().filter(IndexKey::isColumn).map(IndexKey::column).toList();
    }

    public Index withName(String newName) {
        return new Index(newName, keys, unique, method, predicate);
    }
}
