package dev.retort.liquibase;

/** Liquibase could not update or roll back a database; the message is Liquibase's, on one line. */
public final class LiquibaseRunException extends Exception {

    public LiquibaseRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
