package dev.retort.schema;

/** The kinds of schema object a difference or an origin can be about. */
public enum ObjectKind {
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column"),
    PRIMARY_KEY("primary key"),
    UNIQUE_CONSTRAINT("unique constraint"),
    CHECK_CONSTRAINT("check constraint"),
    FOREIGN_KEY("foreign key"),
    INDEX("index"),
    SEQUENCE("sequence"),
    VIEW("view"),
    ENUM_TYPE("enum type"),
    /** Something on a table or in a schema that retort cannot describe (a trigger, an option, a collation...). */
    OTHER("object");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
