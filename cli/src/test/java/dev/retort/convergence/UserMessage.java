package dev.retort.convergence;

import java.nio.file.Path;

/**
 * The one line the CLI prints for a failure (as {@code dev.retort.cli.ErrorReporter} words it: retort's own
 * exceptions by their message, anything else as a bug), with the run's temporary paths and random revision ids
 * taken out so that the report is the same from run to run.
 */
final class UserMessage {

    private UserMessage() {
    }

    static String of(Throwable failure, Path project) {
        String message = failure.getMessage() == null ? "(no message)" : failure.getMessage();
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        if (!(failure.getClass().getName().startsWith("dev.retort.") && failure.getMessage() != null)) {
            line = "unexpected " + failure.getClass().getSimpleName() + ": " + line
                    + " (this is a bug: run again with --verbose and report the stack trace)";
        }
        return line.replace(project.resolve("migrations").toString() + "/", "")
                .replace(project.getParent().toString() + "/", "")
                .replaceAll("\\b[0-9a-f]{8,}_([ab])\\.sql", "<revision>_$1.sql")
                .replaceAll("\\b(revision|stays at) [0-9a-f]{12}\\b", "$1 <id>");
    }
}
