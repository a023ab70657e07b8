package dev.retort.liquibase;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase code the way retort needs it: changelog paths resolved under the project's search path (as Spring
 * Boot resolves them on the classpath, so that the paths Liquibase records in {@code DATABASECHANGELOG} are the
 * application's), nothing printed (Liquibase's log and its console output would otherwise reach retort's output), and
 * no usage analytics sent over the network.
 */
final class LiquibaseScope {

    interface Action<T> {
        T run() throws Exception;
    }

    private LiquibaseScope() {
    }

    static <T> T run(Path searchPath, Action<T> action) throws Exception {
        Map<String, Object> values = new HashMap<>();
        try {
            values.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(searchPath));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("Liquibase's search path " + searchPath + " does not exist", e);
        }
        values.put(Scope.Attr.logService.name(), new NoOpLogService());
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put(AnalyticsArgs.ENABLED.getKey(), false);
        return Scope.child(values, action::run);
    }
}
