package dev.retort.workflow;

/**
 * A command that applies, reverts or records migrations, asked of a project whose migrations Flyway runs
 * ({@code script.format=flyway}): retort writes and checks them, Flyway (or the application) runs them, and only
 * Flyway writes {@code flyway_schema_history}.
 */
public final class RunByFlywayException extends RuntimeException {

    private RunByFlywayException(String message) {
        super(message);
    }

    static void refuseIfRunByFlyway(Project project, String command) {
        if (!project.runByFlyway()) {
            return;
        }
        String directory = project.config().versionsDirectory().toString();
        if (command.equals("downgrade")) {
            throw new RunByFlywayException("this project's migrations are run by Flyway (script.format=flyway): "
                    + "revert a version with its U<version>__*.sql script from " + directory + " (flyway undo with "
                    + "Flyway Teams, or psql -v ON_ERROR_STOP=1 -f, then delete the version's row from "
                    + "flyway_schema_history)");
        }
        if (command.equals("upgrade")) {
            throw new RunByFlywayException("this project's migrations are run by Flyway (script.format=flyway): run "
                    + "flyway migrate, or start your application, to apply " + directory);
        }
        throw new RunByFlywayException("this project's migrations are run by Flyway (script.format=flyway), whose "
                + "flyway_schema_history only Flyway writes: use flyway " + (command.equals("stamp") ? "repair"
                : "baseline") + " instead of retort " + command);
    }
}
