package dev.retort.compare;

import dev.retort.schema.ColumnType;

/**
 * The dialect's answer to one question the comparison cannot answer alone: does the database's type hold every
 * value of the entities' type, and more (varchar(500) for varchar(255), text for varchar, bigint for integer)?
 * Such a difference is {@link Category#COLUMN_TYPE_WIDER}, which teams adopting retort often choose to ignore.
 */
@FunctionalInterface
public interface TypeWidening {

    /** No type counts as wider: every type difference is {@link Category#COLUMN_TYPE}. */
    TypeWidening NONE = (database, entities) -> false;

    boolean widens(ColumnType database, ColumnType entities);
}
