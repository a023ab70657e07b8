package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An index that is not the backing index of a primary key or unique constraint.
 *
 * @param method       the access method ({@code btree}, {@code gin}, ...)
 * @param predicate    the WHERE clause of a partial index, {@code null} for a full index
 * @param otherColumns the table columns the index uses besides its column keys (those its expression keys, its
 *                     predicate and its INCLUDE list read), sorted, as the catalog records them; empty for an
 *                     index that has none, and for an entity's index (which has neither expressions nor a
 *                     predicate). The database drops the index with any of them. Not part of the signature: it
 *                     follows from the keys and the predicate (INCLUDE lists are reported as unsupported).
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String method, String predicate,
                    List<String> otherColumns) {

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(method, "method");
        predicate = Text.blankToNull(predicate);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " without keys");
        }
        TreeSet<String> others = new TreeSet<>(otherColumns);
        keys.stream().filter(IndexKey::isColumn).map(IndexKey::column).forEach(others::remove);
        otherColumns = List.copyOf(others);
    }

    /** An index that uses no column beyond its column keys. */
    public Index(String name, List<IndexKey> keys, boolean unique, String method, String predicate) {
        this(name, keys, unique, method, predicate, List.of());
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

    /** Every column the index uses: its column keys, then the {@link #otherColumns()}. */
    public List<String> columnsUsed() {
        return Stream.concat(columns().stream(), otherColumns.stream()).distinct().toList();
    }

    public Index withName(String newName) {
        return new Index(newName, keys, unique, method, predicate, otherColumns);
    }
}
