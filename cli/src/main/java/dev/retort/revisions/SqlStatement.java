package dev.retort.revisions;

import java.util.Objects;

/**
 * One statement of a revision's script.
 *
 * @param sql  the statement as written, from its first token to its last, without the terminating {@code ;} and
 *             without the comments that precede it
 * @param line the 1-based line of the file where the statement starts
 */
public record SqlStatement(String sql, int line) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a statement has SQL");
        }
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
    }
}
