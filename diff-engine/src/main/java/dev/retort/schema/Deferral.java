package dev.retort.schema;

/** When a foreign key is checked. JPA cannot ask for anything but {@link #NOT_DEFERRABLE}; a database can. */
public enum Deferral {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
