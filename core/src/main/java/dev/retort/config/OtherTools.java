package dev.retort.config;

/**
 * Where the application's other migration tool keeps its scripts, as its framework configures it: recorded for the
 * adoption of a Flyway or Liquibase project (read and shown with {@code --verbose}); with
 * {@code script.format=liquibase}, the change-log is the master changelog retort includes its changelogs from.
 */
final class OtherTools {

    static final String FLYWAY_LOCATIONS = "flyway.locations";
    static final String LIQUIBASE_CHANGE_LOG = "liquibase.change-log";

    private OtherTools() {
    }
}
