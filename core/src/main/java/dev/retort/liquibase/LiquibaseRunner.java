package dev.retort.liquibase;

import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * Liquibase's own {@code update} and {@code rollback-count} of a master changelog. Calling Liquibase rather than
 * running the SQL buys exactly its semantics: its order, {@code runInTransaction:false}, preconditions, contexts'
 * defaults, its lock ({@code DATABASECHANGELOGLOCK}) and its record ({@code DATABASECHANGELOG}), kept as Liquibase
 * keeps it. The project's own Liquibase configuration (contexts, labels, parameters, table names) is not read. Liquibase
 * works on the connection it is given and does not close it.
 */
public final class LiquibaseRunner {

    private static final String CHANGELOG_FILE = "changelogFile";

    private LiquibaseRunner() {
    }

    /**
     * Applies every changeset not yet applied, as {@code liquibase update} does; without a master changelog (before
     * retort's first revision) there is nothing to apply.
     */
    public static void update(LiquibaseChangeLog changeLog, Connection connection) throws LiquibaseRunException {
        if (!Files.isRegularFile(changeLog.masterFile())) {
            return;
        }
        run(changeLog, connection, "update", new String[] {UpdateCommandStep.COMMAND_NAME[0]}, null);
    }

    /** Rolls back the {@code count} changesets applied last, as {@code liquibase rollback-count} does. */
    public static void rollbackCount(LiquibaseChangeLog changeLog, Connection connection, int count)
            throws LiquibaseRunException {
        run(changeLog, connection, "rollback-count " + count, RollbackCountCommandStep.COMMAND_NAME, count);
    }

    private static void run(LiquibaseChangeLog changeLog, Connection connection, String what, String[] command,
                            Integer count) throws LiquibaseRunException {
        try {
            LiquibaseScope.run(changeLog.searchPath(), () -> {
                // Liquibase works on retort's connection (and leaves closing it to retort)
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                CommandScope scope = new CommandScope(command)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(CHANGELOG_FILE, changeLog.master())
                        .setOutput(OutputStream.nullOutputStream());
                if (count != null) {
                    scope.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count);
                }
                return scope.execute();
            });
        } catch (Exception e) {
            throw new LiquibaseRunException("Liquibase's " + what + " of " + changeLog.masterFile() + " failed: "
                    + oneLine(e), e);
        }
    }

    /** Liquibase's messages span lines (the SQL, a hint): retort reports them on one. */
    private static String oneLine(Exception e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = String.valueOf(e.getMessage());
        if (deepest != e && deepest.getMessage() != null && !message.contains(deepest.getMessage().strip())) {
            message = message + ": " + deepest.getMessage();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
