package dev.retort.templates;

import java.util.Objects;

/**
 * One SQL statement of a revision, as the template receives it.
 *
 * @param cause         short text naming the entity/field or database object the statement is for; kept on one line
 * @param sql           the statement, possibly on several lines, without its terminating {@code ;} (a trailing one is
 *                      removed so that the template alone decides how statements end)
 * @param destructive   whether running the statement may lose data
 * @param transactional false for a statement PostgreSQL must run outside a transaction ({@code CREATE INDEX
 *                      CONCURRENTLY}) or that is to commit on its own ({@code VALIDATE CONSTRAINT}): each runner gets
 *                      it where it runs such statements (retort: a {@code -- retort:no-transaction} block; Flyway: a
 *                      script of its own; Liquibase: a changeset with {@code runInTransaction:false})
 */
public record ScriptStatement(String cause, String sql, boolean destructive, boolean transactional) {

    /** A statement of the revision's transaction. */
    public ScriptStatement(String cause, String sql, boolean destructive) {
        this(cause, sql, destructive, true);
    }

    public ScriptStatement {
        cause = OneLine.of(Objects.requireNonNull(cause, "cause"));
        sql = withoutTerminator(Objects.requireNonNull(sql, "sql"));
        if (sql.isEmpty()) {
            throw new IllegalArgumentException("empty SQL statement for " + cause);
        }
    }

    private static String withoutTerminator(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }
}
