package dev.retort.cli;

import dev.retort.workflow.DeployLog;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Option;

/** How the commands that change the database log: {@code --timestamps}, or RETORT_LOG_TIMESTAMPS=true. */
final class LogOptions {

    @Option(names = "--timestamps", defaultValue = "${env:RETORT_LOG_TIMESTAMPS:-false}",
            description = "Start each log line with an ISO-8601 UTC time (also when RETORT_LOG_TIMESTAMPS=true).")
    boolean timestamps;

    /** The log on {@code out}; on an interactive terminal, the revision under way on {@code err}. */
    DeployLog log(GlobalOptions options, PrintWriter out, PrintWriter err, String command) {
        return new DeployLog(out, command, timestamps, Clock.systemUTC(), Progress.liveOnly(options, err));
    }
}
