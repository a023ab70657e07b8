package dev.retort.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * What {@code retort lint} looks for in a revision's upgrade: each rule has a stable id (what
 * {@code -- retort:lint-ignore RULE reason} and {@code lint.disable} name), a one-line reason (what happens in
 * production) and a one-line fix.
 */
public enum LintRule {
    TABLE_REWRITE("table-rewrite",
            "rewrites the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it ends",
            "change the type to one PostgreSQL converts without a rewrite (a longer varchar, text), or copy into a"
                    + " new column and swap in expand/contract steps"),
    LONG_EXCLUSIVE_LOCK("long-exclusive-lock",
            "scans the whole table while holding ACCESS EXCLUSIVE: no reads or writes until the scan ends",
            "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)"),
    BLOCKING_INDEX("blocking-index",
            "builds or drops an index under a lock that blocks every write to the table until it ends",
            "use CREATE/DROP INDEX CONCURRENTLY in a -- retort:no-transaction block (UNIQUE/PRIMARY KEY: ... USING"
                    + " INDEX over one built CONCURRENTLY)"),
    VALIDATE_UNDER_LOCK("validate-under-lock",
            "checks every existing row while holding a lock that blocks writes (both tables, for a foreign key)",
            "add the constraint NOT VALID, then VALIDATE CONSTRAINT in its own transaction"),
    DATA_LOSS("data-loss",
            "loses data: dropped, truncated or narrowed values cannot be brought back by the downgrade",
            "back up what it removes first, or keep the column or table until nothing needs it"),
    BREAKING_CHANGE("breaking-change",
            "the application version still running during the deploy reads or writes what this drops or renames",
            "deploy in two steps: the application that no longer uses it first, then this change"
                    + " (revision --autogenerate --expand, later --contract)"),
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default",
            "adds a NOT NULL column without a default to a table with rows: the statement fails on the first row",
            "add a DEFAULT, or add the column nullable, backfill it, then SET NOT NULL"),
    VOLATILE_DEFAULT("volatile-default",
            "a volatile default (random(), clock_timestamp(), gen_random_uuid(), nextval) rewrites the whole table"
                    + " under an ACCESS EXCLUSIVE lock",
            "add the column without the default (or with a constant one), backfill in batches, then set the default"),
    MISSING_LOCK_TIMEOUT("missing-lock-timeout",
            "DDL on an existing table without a lock_timeout waits behind any long query and queues every later"
                    + " query behind itself",
            "put SET lock_timeout = '5s'; first in the section (migration.lock_timeout)");

    private final String id;
    private final String reason;
    private final String fix;

    LintRule(String id, String reason, String fix) {
        this.id = id;
        this.reason = reason;
        this.fix = fix;
    }

    /** The rule's stable name, as written in {@code -- retort:lint-ignore} and configuration. */
    public String id() {
        return id;
    }

    public String reason() {
        return reason;
    }

    public String fix() {
        return fix;
    }

    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
