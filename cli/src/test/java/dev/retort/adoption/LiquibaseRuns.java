package dev.retort.adoption;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase itself, as an application or {@code liquibase} on a command line runs it: {@code update} and
 * {@code rollback-count} of a master changelog found under a search path, on a test database, with the contexts the
 * application runs it with (none: every changeset).
 */
final class LiquibaseRuns {

    private final Path searchPath;
    private final String master;
    private final String contexts;

    LiquibaseRuns(Path searchPath, String master) {
        this(searchPath, master, "");
    }

    LiquibaseRuns(Path searchPath, String master, String contexts) {
        this.searchPath = searchPath;
        this.master = master;
        this.contexts = contexts;
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
                if (!contexts.isEmpty()) {
                    scope.addArgumentValue("contexts", contexts);
                }
                if (count != null) {
                    scope.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count);
                }
                scope.execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("liquibase " + String.join(" ", command) + " of " + master + " failed", e);
        }
    }

    /** The changelogs retort wrote in {@code directory}: {@code <yyyyMMddHHmmss>_<slug>.sql}, oldest first. */
    static List<Path> changeLogsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("\\d{14}_.*\\.sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A changelog fixture of the test resources copied into a project, its {@code entities} sources left out. */
    static void copyChangeLogFixture(String resource, Path target) {
        try {
            Path source = Path.of(LiquibaseRuns.class.getResource(resource).toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path relative = source.relativize(file);
                    if (relative.startsWith("entities")) {
                        continue;
                    }
                    Path copy = target.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
