package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.Optional;

/**
 * What the linter knows of the tables the revisions touch before they run. Without a database, every table a
 * revision does not create itself is taken to exist and to have rows (the conservative answer), and nothing is known
 * of sizes or column types.
 */
public interface TableFacts {

    /** Whether the table exists before the linted revisions run (a table one of them creates is new: no finding). */
    boolean exists(QualifiedName table);

    /** The table's size, when connected; empty offline. */
    Optional<TableSize> size(QualifiedName table);

    /** The column's type as {@code format_type} prints it ({@code character varying(255)}), when connected. */
    Optional<String> columnType(QualifiedName table, String column);

    /** The schema unqualified names in the revisions resolve to. */
    default String defaultSchema() {
        return "public";
    }

    /** No database: every table exists and may have rows; no sizes, no types. */
    static TableFacts offline() {
        return new TableFacts() {
            @Override
            public boolean exists(QualifiedName table) {
                return true;
            }

            @Override
            public Optional<TableSize> size(QualifiedName table) {
                return Optional.empty();
            }

            @Override
            public Optional<String> columnType(QualifiedName table, String column) {
                return Optional.empty();
            }
        };
    }
}
