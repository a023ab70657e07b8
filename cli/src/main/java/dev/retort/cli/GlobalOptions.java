package dev.retort.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

    @Option(names = "--profile", paramLabel = "NAME[,NAME]", scope = ScopeType.INHERIT,
            description = {"The application's profile whose settings to read (application-NAME.yml, %%NAME. keys):"
                    + " over RETORT_PROFILE, retort.profile, SPRING_PROFILES_ACTIVE and QUARKUS_PROFILE."})
    String profile;

    public Path configFile() {
        return project.resolve(dev.retort.config.ConfigLoader.FILE_NAME);
    }

    /** The environment configuration is read with: the process's, with {@code --profile} as RETORT_PROFILE. */
    public Map<String, String> environment() {
        if (profile == null || profile.isBlank()) {
            return System.getenv();
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("RETORT_PROFILE", profile.strip());
        return environment;
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
