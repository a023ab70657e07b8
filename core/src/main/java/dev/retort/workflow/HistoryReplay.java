package dev.retort.workflow;

import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.flyway.FlywayMigrate;
import dev.retort.flyway.FlywayMigrateException;

/**
 * Builds the project's history into an empty database: retort's own {@code upgrade heads}, the same code as a real
 * upgrade, or, for a project whose migrations Flyway runs, Flyway's own {@code migrate} of its directory.
 */
final class HistoryReplay {

    private HistoryReplay() {
    }

    static void into(Project project, DatabaseSettings scratch) throws DatabaseException, DivergedException,
            ChangedRevisionException, MigrationFailedException, FlywayMigrateException {
        if (project.runByFlyway()) {
            FlywayMigrate.migrate(project.flywayLocations(), project.config().flyway(), scratch);
        } else {
            new MigrationWorkflow(project.on(scratch)).upgrade("heads", false, MigrationEvents.SILENT);
        }
    }
}
