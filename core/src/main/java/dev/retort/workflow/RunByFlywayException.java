package dev.retort.workflow;

/**
 * A command that applies or records migrations, asked of a project whose migrations Flyway runs
 * ({@code script.format=flyway}): retort writes and checks them, Flyway (or the application) runs them and keeps
 * {@code flyway_schema_history}. Only reverting is retort's ({@link FlywayUndo}), since Flyway Community cannot.
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
        String flyway = "this project's migrations are run by Flyway (script.format=flyway)";
        if (command.startsWith("upgrade")) {
            throw new RunByFlywayException(flyway + ": run flyway migrate, or start your application, to apply "
                    + directory);
        }
        if (command.startsWith("downgrade")) {
            throw new RunByFlywayException(flyway + ": its undo scripts, U<version>__*.sql in " + directory
                    + ", are the SQL to review; retort downgrade runs them");
        }
        throw new RunByFlywayException(flyway + ", which keeps flyway_schema_history: use flyway "
                + (command.equals("stamp") ? "repair" : "baseline") + " instead of retort " + command);
    }
}
