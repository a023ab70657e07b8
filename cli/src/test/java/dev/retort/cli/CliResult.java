package dev.retort.cli;

import java.util.List;

/** What one retort invocation did: its exit code and everything it printed. */
public record CliResult(int exitCode, String out, String err) {

    /** The non-empty lines of stderr. */
    public List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    /** Everything printed, for assertions that something never appears anywhere. */
    public String allOutput() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
