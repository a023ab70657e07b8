package dev.retort.liquibase;

import java.io.OutputStream;
import java.nio.file.Files;
import java.sql.Connection;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.exception.PreconditionErrorException;
import liquibase.exception.PreconditionFailedException;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * Liquibase's own {@code update} and {@code rollback-count} of a master changelog. Calling Liquibase rather than
 * running the SQL buys exactly its semantics: its order, {@code runInTransaction:false}, preconditions, contexts'
 * defaults, its lock ({@code DATABASECHANGELOGLOCK}) and its record ({@code DATABASECHANGELOG}), kept as Liquibase
 * keeps it, with the application's contexts and labels. Liquibase works on the connection it is given and does not
 * close it.
 */
public final class LiquibaseRunner {

    private static final String CHANGELOG_FILE = "changelogFile";
    private static final String CONTEXTS = "contexts";
    private static final String LABEL_FILTER = "labelFilter";

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

    /**
     * Of the changesets named (none applied here), those Liquibase's {@code update} skips on this database without
     * recording them: a precondition with {@code onFail="CONTINUE"} (or {@code onError="CONTINUE"}) does not hold here.
     * Liquibase's own {@code status} lists them as not run, but no update ever runs them on this database as it is.
     */
    public static Set<String> skippedByPreconditions(LiquibaseChangeLog changeLog, Connection connection,
                                                     Set<String> notApplied) throws LiquibaseRunException {
        if (notApplied.isEmpty()) {
            return Set.of();
        }
        List<ChangeSet> candidates = changeLog.runnable().stream()
                .filter(changeSet -> notApplied.contains(LiquibaseChangeLog.key(changeSet)))
                .filter(LiquibaseRunner::mayBeSkipped).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        try {
            return LiquibaseScope.run(changeLog.searchPath(), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Set<String> skipped = new LinkedHashSet<>();
                for (ChangeSet changeSet : candidates) {
                    PreconditionContainer preconditions = changeSet.getPreconditions();
                    try {
                        preconditions.check(database, changeSet.getChangeLog(), changeSet, null);
                    } catch (PreconditionFailedException e) {
                        if (preconditions.getOnFail() == PreconditionContainer.FailOption.CONTINUE) {
                            skipped.add(LiquibaseChangeLog.key(changeSet));
                        }
                    } catch (PreconditionErrorException e) {
                        if (preconditions.getOnError() == PreconditionContainer.ErrorOption.CONTINUE) {
                            skipped.add(LiquibaseChangeLog.key(changeSet));
                        }
                    }
                }
                return Set.copyOf(skipped);
            });
        } catch (Exception e) {
            throw new LiquibaseRunException("Liquibase's preconditions of " + changeLog.masterFile() + " cannot be"
                    + " checked: " + oneLine(e), e);
        }
    }

    private static boolean mayBeSkipped(ChangeSet changeSet) {
        PreconditionContainer preconditions = changeSet.getPreconditions();
        return preconditions != null && (preconditions.getOnFail() == PreconditionContainer.FailOption.CONTINUE
                || preconditions.getOnError() == PreconditionContainer.ErrorOption.CONTINUE);
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
                if (!changeLog.filter().contexts().isEmpty()) {
                    scope.addArgumentValue(CONTEXTS, changeLog.filter().contexts());
                }
                if (!changeLog.filter().labels().isEmpty()) {
                    scope.addArgumentValue(LABEL_FILTER, changeLog.filter().labels());
                }
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
