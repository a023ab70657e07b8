package dev.retort.revisions;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a revision's script.
 *
 * @param sql  the statement as written, from its first token to its last, without the terminating {@code ;} and
 *             without the comments that precede it
 * @param line          the 1-based line of the file where the statement starts
 * @param transactional false for a statement of a {@code -- retort:no-transaction} block, which runs on its own,
 *                      outside any transaction
 * @param destructive   whether a {@code -- DESTRUCTIVE} line comment (the template's mark of a statement that may
 *                      lose data) comes right before it; only counted and reported, it changes nothing that runs
 * @param lintIgnores   the {@code -- retort:lint-ignore RULE reason} lines among the comments right before it, in
 *                      file order; only the linter reads them
 */
public record SqlStatement(String sql, int line, boolean transactional, boolean destructive,
                           List<LintIgnoreComment> lintIgnores) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a statement has SQL");
        }
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        lintIgnores = List.copyOf(lintIgnores);
    }

    /** A statement without {@code -- retort:lint-ignore} lines. */
    public SqlStatement(String sql, int line, boolean transactional, boolean destructive) {
        this(sql, line, transactional, destructive, List.of());
    }

    /** A statement not marked destructive. */
    public SqlStatement(String sql, int line, boolean transactional) {
        this(sql, line, transactional, false);
    }

    /** A statement that runs inside its revision's transaction, not marked destructive. */
    public SqlStatement(String sql, int line) {
        this(sql, line, true);
    }

    /** The same statement, running inside a transaction or outside any. */
    public SqlStatement withTransactional(boolean newTransactional) {
        return new SqlStatement(sql, line, newTransactional, destructive, lintIgnores);
    }
}
