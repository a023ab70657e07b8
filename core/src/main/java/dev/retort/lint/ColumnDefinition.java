package dev.retort.lint;

import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.Optional;

/**
 * A column as {@code CREATE TABLE} or {@code ADD COLUMN} defines it.
 *
 * @param type            the type in {@code format_type} spelling, when it is one the linter recognizes
 * @param notNull         NOT NULL, or PRIMARY KEY
 * @param hasDefault      a DEFAULT other than {@code DEFAULT NULL}
 * @param volatileDefault what fills each row with a value of its own (a volatile function of the default, a serial
 *                        type, an identity, a stored generated expression), as the finding names it
 * @param references      the table its REFERENCES names
 * @param indexed         UNIQUE or PRIMARY KEY: an index is built with the column
 */
record ColumnDefinition(String name, Optional<ColumnType> type, boolean notNull, boolean hasDefault,
                        Optional<String> volatileDefault, Optional<QualifiedName> references, boolean indexed) {

    /** Whether every existing row gets a value when the column is added: a default, identity or serial. */
    boolean fillsRows() {
        return hasDefault || volatileDefault.isPresent();
    }
}
