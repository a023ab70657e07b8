package dev.retort.plan;

import dev.retort.schema.QualifiedName;
import java.util.List;

/**
 * Something in the database that operations need, create or remove. Ordering is derived from these alone:
 * a producer runs before every consumer, a consumer before every destroyer, and a destroyer before a producer
 * of the same thing (a name that is freed and taken again).
 *
 * @param detail the member (column, constraint name) or a key's column list, empty for whole objects
 */
record Resource(Kind kind, QualifiedName owner, String detail) {

    enum Kind {
        SCHEMA, TABLE, COLUMN, NOT_NULL, KEY, SEQUENCE, TYPE, TYPE_USE, RELATION_NAME, CONSTRAINT_NAME, OLD_SHAPE,
        NEW_SHAPE, OLD_VIEW, NEW_VIEW
    }

    static Resource schema(String schema) {
        return new Resource(Kind.SCHEMA, new QualifiedName(schema, ""), "");
    }

    static Resource table(QualifiedName table) {
        return new Resource(Kind.TABLE, table, "");
    }

    static Resource column(QualifiedName table, String column) {
        return new Resource(Kind.COLUMN, table, column);
    }

    /** A NOT NULL marking: a primary key needs it, so dropping it must wait for the key to go. */
    static Resource notNull(QualifiedName table, String column) {
        return new Resource(Kind.NOT_NULL, table, column);
    }

    /** A primary key, unique constraint or unique index over exactly these columns: what a foreign key needs. */
    static Resource key(QualifiedName table, List<String> columns) {
        return new Resource(Kind.KEY, table, String.join("\u0000", columns));
    }

    static Resource sequence(QualifiedName sequence) {
        return new Resource(Kind.SEQUENCE, sequence, "");
    }

    /**
     * A column's type as it is before a change of type: views reading it are dropped while it still holds. The new
     * type ({@link #newShape}) exists after the change: views reading it are created again then.
     */
    static Resource oldShape(QualifiedName table, String column) {
        return new Resource(Kind.OLD_SHAPE, table, column);
    }

    static Resource newShape(QualifiedName table, String column) {
        return new Resource(Kind.NEW_SHAPE, table, column);
    }

    /** A view before the change (dropped after the views that read it) and after (created before them). */
    static Resource oldView(QualifiedName view) {
        return new Resource(Kind.OLD_VIEW, view, "");
    }

    static Resource newView(QualifiedName view) {
        return new Resource(Kind.NEW_VIEW, view, "");
    }

    /** A user-defined type (an enum type) that columns may be of. */
    static Resource type(QualifiedName type) {
        return new Resource(Kind.TYPE, type, "");
    }

    /**
     * The columns of a user-defined type. A change of the type's labels both destroys and produces it, like a name
     * freed and taken again: columns that leave the type (dropped, or converted to another type) go before the
     * change, which drops the old type when it recreates it; columns that join it go after, and may use new labels.
     */
    static Resource typeUse(QualifiedName type) {
        return new Resource(Kind.TYPE_USE, type, "");
    }

    /** Tables, sequences, indexes and index-backed constraints share one name space per schema. */
    static Resource relationName(String schema, String name) {
        return new Resource(Kind.RELATION_NAME, new QualifiedName(schema, name), "");
    }

    static Resource constraintName(QualifiedName table, String name) {
        return new Resource(Kind.CONSTRAINT_NAME, table, name);
    }
}
