package dev.retort.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command name ({@code retort -p x check} and
 * {@code retort check -p x}): they are inherited from the root command, which holds the values.
 */
public final class GlobalOptions {

    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", scope = ScopeType.INHERIT,
            description = "Project directory holding retort.properties (default: the current directory).")
    Path project;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces for errors and the time of each step.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress on the terminal (it is shown only when stderr is a terminal anyway).")
    boolean quiet;

    @Option(names = "--embedded", scope = ScopeType.INHERIT, description = {"Compare with the revision history replayed"
            + " into an embedded PostgreSQL, even when a database is configured (check, revision --autogenerate)."})
    boolean embedded;

    public Path configFile() {
        return project.resolve(dev.retort.config.ConfigLoader.FILE_NAME);
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean embedded() {
        return embedded;
    }
}
