package dev.retort.workflow;

import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.flyway.FlywayMigrate;
import dev.retort.flyway.FlywayMigrateException;
import dev.retort.liquibase.LiquibaseRunException;
import dev.retort.liquibase.LiquibaseRunner;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Builds the project's history into an empty database: retort's own {@code upgrade heads}, the same code as a real
 * upgrade, or, for a project whose migrations Flyway or Liquibase runs, Flyway's own {@code migrate} of its directory
 * or Liquibase's own {@code update} of its master changelog.
 */
final class HistoryReplay {

    private HistoryReplay() {
    }

    static void into(Project project, DatabaseSettings scratch) throws DatabaseException, DivergedException,
            ChangedRevisionException, MigrationFailedException, FlywayMigrateException {
        if (project.runByFlyway()) {
            FlywayMigrate.migrate(project.flywayLocations(), project.config().flyway(), scratch);
        } else if (project.runByLiquibase()) {
            try (Connection connection = new Database(scratch).connectToMigrate()) {
                LiquibaseRunner.update(project.liquibaseChangeLog(), connection);
            } catch (LiquibaseRunException e) {
                throw new MigrationFailedException(e.getMessage(), e);
            } catch (SQLException e) {
                throw new DatabaseException(e.getMessage(), e);
            }
        } else {
            new MigrationWorkflow(project.on(scratch)).upgrade("heads", false, MigrationEvents.SILENT);
        }
    }
}
