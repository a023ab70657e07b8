package dev.retort.cli;

import dev.retort.config.ConfigException;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOrigins;
import dev.retort.config.RetortConfig;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.io.PrintWriter;

/** Opens the project a command works on, and its step-timing listener. */
final class Projects {

    private Projects() {
    }

    /** The project; with {@code --embedded}, on an embedded PostgreSQL whatever the configuration says. */
    static Project open(GlobalOptions options) throws ConfigException {
        return open(options, StepListener.SILENT);
    }

    /** The project, telling {@code err} (with {@code --verbose}) how long the embedded server took to start. */
    static Project open(GlobalOptions options, PrintWriter err) throws ConfigException {
        if (options.verbose()) {
            // Which file and key each setting came from; passwords never appear (ConfigOrigins redacts them).
            ConfigOrigins.describe(options.configFile(), options.environment())
                    .forEach(line -> err.println("retort: setting " + line));
        }
        return open(options, steps(options, err));
    }

    private static Project open(GlobalOptions options, StepListener steps) throws ConfigException {
        RetortConfig config = ConfigLoader.load(options.configFile(), options.environment());
        if (options.embedded()) {
            config = config.withDatabase(RetortConfig.DatabaseSettings.EMBEDDED);
        }
        return new Project(config, steps);
    }

    /**
     * The project, for a command that reads or changes a real database's state (upgrade, downgrade, stamp,
     * current): an embedded server would be gone, with what was done to it, when the command ends.
     */
    static Project openServer(GlobalOptions options, String command) throws ConfigException {
        if (options.embedded()) {
            throw new ConfigException(command + " works on a database server, not on the throwaway embedded one:"
                    + " --embedded is for check and revision --autogenerate");
        }
        Project project = open(options);
        project.requireServer(command, options.configFile().toString());
        return project;
    }

    /**
     * Progress on an interactive terminal (not with {@code --quiet}); with {@code --verbose}, each step's time on
     * stderr as {@code retort: step <name> <ms> ms}.
     */
    static StepListener steps(GlobalOptions options, PrintWriter err) {
        return Progress.of(options, err);
    }
}
