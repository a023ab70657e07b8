package dev.retort.lint;

/**
 * How big a table is, as the catalog estimates it: {@code pg_class.reltuples} (at least 0; PostgreSQL's -1 for a
 * table never analyzed is read as 0 rows only when it has no pages) and {@code pg_total_relation_size}.
 */
public record TableSize(long rows, long bytes) {
    public TableSize {
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("a table size is not negative: " + rows + " rows, " + bytes + " bytes");
        }
    }
}
