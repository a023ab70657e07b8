package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** What every failure a user causes must look like: one line naming the thing and the fix, and no stack trace. */
final class Failures {

    private Failures() {
    }

    /**
     * Exit {@link ExitCode#ERROR}, nothing on stdout, exactly one line on stderr, {@code retort <command>: ...}
     * holding every fragment, no exception class names or stack frames, and never the "this is a bug" message.
     */
    static String assertOneLineError(CliResult result, String command, String... fragments) {
        return assertOneLineError(result, ExitCode.ERROR, command, fragments);
    }

    /** {@link #assertOneLineError(CliResult, String, String...)} for a failure with an exit code of its own. */
    static String assertOneLineError(CliResult result, int exitCode, String command, String... fragments) {
        assertThat(result.exitCode()).as("%s", result).isEqualTo(exitCode);
        assertThat(result.out()).as("%s", result).isEmpty();
        assertThat(result.errLines()).as("%s", result).hasSize(1);
        String line = result.errLines().get(0);
        assertThat(line).startsWith("retort " + command + ": ").contains(fragments)
                .doesNotContain("Exception", "this is a bug");
        assertThat(result.err()).doesNotContain("\tat ");
        return line;
    }

    /**
     * A failure found once the command holds the version table's lock: the same one line on stderr, and on stdout
     * only the log's {@code locked} line.
     */
    static String assertOneLineErrorUnderTheLock(CliResult result, int exitCode, String command,
                                                 String... fragments) {
        assertThat(result.out().lines()).as("%s", result).singleElement().asString()
                .startsWith("retort " + command + ": locked ");
        return assertOneLineError(new CliResult(result.exitCode(), "", result.err()), exitCode, command, fragments);
    }

    /** With {@code --verbose}: the same first line, then the stack trace. */
    static void assertVerboseAddsTheStackTrace(CliResult verbose, String line) {
        assertThat(verbose.exitCode()).as("%s", verbose).isEqualTo(ExitCode.ERROR);
        assertThat(verbose.errLines()).as("%s", verbose).contains(line);
        assertThat(verbose.err()).as("%s", verbose).contains("\tat dev.retort.");
    }
}
