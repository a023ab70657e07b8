package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Optional;

/** What the rules need to know of one statement: {@link StatementReader} reads it; anything else is {@link Other}. */
sealed interface Ddl {

    /** @param references the tables its foreign keys reference */
    record CreateTable(QualifiedName table, List<ColumnDefinition> columns, List<QualifiedName> references)
            implements Ddl {
    }

    record DropTable(List<QualifiedName> tables) implements Ddl {
    }

    record Truncate(List<QualifiedName> tables) implements Ddl {
    }

    record CreateIndex(QualifiedName index, QualifiedName table, boolean unique, boolean concurrently)
            implements Ddl {
    }

    record DropIndex(List<QualifiedName> indexes, boolean concurrently) implements Ddl {
    }

    /** @param table the table when {@code REINDEX TABLE} names it */
    record Reindex(String target, Optional<QualifiedName> table, boolean concurrently) implements Ddl {
    }

    record AlterTable(QualifiedName table, List<AlterAction> actions) implements Ddl {
    }

    /**
     * {@code SET [LOCAL|SESSION] lock_timeout}, or its {@code RESET}.
     *
     * @param bounds whether waits are bounded after it (false for 0, DEFAULT and RESET: the server's, no limit)
     */
    record SetLockTimeout(boolean local, boolean bounds) implements Ddl {
    }

    /** A {@code DELETE} without {@code WHERE}. */
    record DeleteAll(QualifiedName table) implements Ddl {
    }

    /** DO blocks, DML, functions, comments, grants: nothing a rule looks at. */
    record Other() implements Ddl {
    }
}
