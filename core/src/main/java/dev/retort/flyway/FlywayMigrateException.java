package dev.retort.flyway;

/** Flyway could not migrate a database; the message is Flyway's. */
public final class FlywayMigrateException extends Exception {

    public FlywayMigrateException(String message, Throwable cause) {
        super(message, cause);
    }
}
