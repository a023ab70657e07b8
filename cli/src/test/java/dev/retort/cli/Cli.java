package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs retort in-process exactly as {@code main} would, with stdout and stderr captured. */
public final class Cli {

    private Cli() {
    }

    public static CliResult run(String... args) {
        CommandLine commandLine = RetortCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliResult(exitCode, out.toString(), err.toString());
    }
}
