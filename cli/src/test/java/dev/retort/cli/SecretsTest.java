package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password never reaches anything retort prints, whatever form the configuration gives it in and whatever goes
 * wrong, stack traces of {@code --verbose} included; a URL form the driver cannot read is refused in one line.
 */
class SecretsTest {

    private static final String SECRET = "S3cret-Pw0rd";

    /** Every command that may reach the database, as a user runs them, with stack traces. */
    private static final List<List<String>> COMMANDS = List.of(List.of("check"), List.of("check", "--format", "json"),
            List.of("revision", "--autogenerate", "-m", "x"), List.of("upgrade"), List.of("downgrade", "base"),
            List.of("current"), List.of("stamp", "base"), List.of("history"), List.of("heads"), List.of("baseline"));

    private static List<CliResult> everyCommand(Path project) {
        List<CliResult> results = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            List<String> line = new ArrayList<>(List.of("-p", project.toString(), "--verbose"));
            line.addAll(command);
            results.add(Cli.run(line.toArray(String[]::new)));
        }
        return results;
    }

    private static Path project(Path dir, String properties) throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), properties + "\nentities.classpath=classes\n"
                + "entities.packages=dev.retort.none\n");
        return dir;
    }

    @Test
    void aPasswordBeforeTheHostIsRefusedInOneLineAndNeverPrinted(@TempDir Path dir) throws IOException {
        Path project = project(dir, "database.url=jdbc:postgresql://deploy:" + SECRET + "@127.0.0.1:1/shop");

        for (CliResult result : everyCommand(project)) {
            assertThat(result.out() + result.err()).as("%s", result).doesNotContain(SECRET);
            assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.ERROR);
            assertThat(result.errLines()).as("%s", result).first().asString()
                    .contains("names a user (and a password) before the host");
        }
        CliResult init = Cli.run("init", dir.resolve("other").toString(), "--url",
                "jdbc:postgresql://deploy:" + SECRET + "@db/shop");
        assertThat(init.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(init.out() + init.err()).doesNotContain(SECRET);
        assertThat(dir.resolve("other/retort.properties")).doesNotExist();
    }

    @Test
    void aPasswordAsAParameterOrASettingIsNeverPrintedWhenTheServerCannotBeReached(@TempDir Path dir)
            throws IOException {
        Path asParameter = project(dir.resolve("parameter"),
                "database.url=jdbc:postgresql://127.0.0.1:1/shop?user=deploy&password=" + SECRET);
        Path asSetting = project(dir.resolve("setting"), "database.url=jdbc:postgresql://127.0.0.1:1/shop\n"
                + "database.user=deploy\ndatabase.password=" + SECRET);

        for (Path project : List.of(asParameter, asSetting)) {
            for (CliResult result : everyCommand(project)) {
                assertThat(result.out() + result.err()).as("%s", result).doesNotContain(SECRET);
            }
        }
    }
}
