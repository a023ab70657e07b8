package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --help} and {@code -h} work on every command, also where the command has required arguments, also with
 * no project in sight: exit 0, the usage on stdout, nothing on stderr.
 */
class HelpTest {

    static List<String> commands() {
        return List.copyOf(RetortCommand.commandLine().getSubcommands().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandPrintsItsUsageForHelp(String command) {
        for (String help : List.of("--help", "-h")) {
            CliResult result = Cli.run("-p", "/nonexistent/project", command, help);
            assertThat(result.exitCode()).as("%s %s\n%s", command, help, result).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).contains("Usage: retort " + command + " ");
        }
        CliResult helpCommand = Cli.run("help", command);
        assertThat(helpCommand.exitCode()).isZero();
        assertThat(helpCommand.out()).contains("Usage: retort " + command + " ");
    }

    /** picocli reports a description it cannot format on the JVM's stderr, past the command's own writer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyDescriptionFormatsWithoutAWarning(String command) {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        CliResult result;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            result = Cli.run(command, "--help");
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        if (!command.equals("help")) {
            assertThat(result.out()).contains("(application-NAME.yml, %NAME. keys)");
        }
    }

    /** Every command but picocli's own {@code help}, which takes no project. */
    static List<String> projectCommands() {
        return commands().stream().filter(command -> !command.equals("help")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectCommands")
    void theUsageListsTheGlobalOptionsOnEveryCommand(String command) {
        assertThat(Cli.run(command, "--help").out()).contains("-p, --project=DIR", "--verbose");
    }

    @Test
    void theTopLevelUsageListsEveryCommandAndTheVersionIsPrinted() {
        CliResult usage = Cli.run("--help");
        assertThat(usage.exitCode()).isZero();
        assertThat(usage.out()).startsWith("Usage: retort").contains("Commands:");
        for (String command : commands()) {
            assertThat(usage.out()).containsPattern("(?m)^  " + command + " ");
        }
        CliResult version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("retort ").doesNotContain("unknown");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        CliResult result = Cli.run("upgrade", "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("Unknown option: '--no-such-option'");
    }
}
