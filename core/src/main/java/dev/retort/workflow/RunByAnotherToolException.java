package dev.retort.workflow;

/**
 * A command that applies or records migrations, asked of a project whose migrations another tool runs
 * ({@code script.format=flyway} or {@code liquibase}): retort writes and checks them, the tool (or the application)
 * runs them and keeps its record. Only reverting is retort's ({@link FlywayUndo}, {@link LiquibaseRollback}), since
 * Flyway Community cannot and Liquibase's rollback is asked for by changeset count, tag or date.
 */
public final class RunByAnotherToolException extends RuntimeException {

    private RunByAnotherToolException(String message) {
        super(message);
    }

    static void refuseIfRunByAnotherTool(Project project, String command) {
        if (project.runByFlyway()) {
            refuseFlyway(project, command);
        } else if (project.runByLiquibase()) {
            refuseLiquibase(project, command);
        }
    }

    private static void refuseFlyway(Project project, String command) {
        String directory = project.config().versionsDirectory().toString();
        String flyway = "this project's migrations are run by Flyway (script.format=flyway)";
        if (command.startsWith("upgrade")) {
            throw new RunByAnotherToolException(flyway + ": run flyway migrate, or start your application, to apply "
                    + directory);
        }
        if (command.startsWith("downgrade")) {
            throw new RunByAnotherToolException(flyway + ": its undo scripts, U<version>__*.sql in " + directory
                    + ", are the SQL to review; retort downgrade runs them");
        }
        throw new RunByAnotherToolException(flyway + ", which keeps flyway_schema_history: use flyway "
                + (command.equals("stamp") ? "repair" : "baseline") + " instead of retort " + command);
    }

    private static void refuseLiquibase(Project project, String command) {
        String master = project.liquibaseChangeLog().masterFile().toString();
        String liquibase = "this project's migrations are run by Liquibase (script.format=liquibase)";
        if (command.startsWith("upgrade")) {
            throw new RunByAnotherToolException(liquibase + ": run liquibase update"
                    + (command.endsWith("--sql") ? "-sql" : "") + " on " + master
                    + ", or start your application, to apply it");
        }
        if (command.startsWith("downgrade")) {
            throw new RunByAnotherToolException(liquibase + ": the --rollback lines of its changelogs are the SQL to"
                    + " review (liquibase rollback-count-sql prints them); retort downgrade runs them through Liquibase");
        }
        throw new RunByAnotherToolException(liquibase + ", which keeps DATABASECHANGELOG: use liquibase "
                + "changelog-sync" + " instead of retort " + command);
    }
}
