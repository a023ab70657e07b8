package dev.retort.adoption;

import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase itself, as an application or {@code liquibase} on a command line runs it: {@code update} and
 * {@code rollback-count} of a master changelog found under a search path, on a test database.
 */
final class LiquibaseRuns {

    private final Path searchPath;
    private final String master;

    LiquibaseRuns(Path searchPath, String master) {
        this.searchPath = searchPath;
        this.master = master;
    }

    void update(TestDatabase database) {
        run(database, UpdateCommandStep.COMMAND_NAME, null);
    }

    void rollbackCount(TestDatabase database, int count) {
        run(database, RollbackCountCommandStep.COMMAND_NAME, count);
    }

    private void run(TestDatabase database, String[] command, Integer count) {
        try {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(searchPath)), () -> {
                CommandScope scope = new CommandScope(command)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, database.url())
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, database.user())
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, database.password())
                        .addArgumentValue("changelogFile", master);
                if (count != null) {
                    scope.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count);
                }
                scope.execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("liquibase " + String.join(" ", command) + " of " + master + " failed", e);
        }
    }
}
