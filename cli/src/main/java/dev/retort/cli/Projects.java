package dev.retort.cli;

import dev.retort.config.ConfigException;
import dev.retort.config.ConfigLoader;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.io.PrintWriter;

/** Opens the project a command works on, and its step-timing listener. */
final class Projects {

    private Projects() {
    }

    static Project open(GlobalOptions options) throws ConfigException {
        return new Project(ConfigLoader.load(options.configFile(), System.getenv()));
    }

    /** With {@code --verbose}, each step's time goes to stderr as {@code retort: step <name> <ms> ms}. */
    static StepListener steps(GlobalOptions options, PrintWriter err) {
        if (!options.verbose()) {
            return StepListener.SILENT;
        }
        return (step, millis) -> {
            err.println("retort: step " + step + " " + millis + " ms");
            err.flush();
        };
    }
}
