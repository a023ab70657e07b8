package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json} prints one document on stdout whatever goes wrong, as CI tooling reads it. */
class CheckJsonOnErrorTest {

    private static Map<?, ?> failedCheck(Path project, String expectedMessage) {
        CliResult check = Cli.run("-p", project.toString(), "check", "--format", "json");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.ERROR);
        assertThat(check.errLines()).as("%s", check).singleElement().asString()
                .startsWith("retort check: ").contains(expectedMessage);
        Map<?, ?> report = (Map<?, ?>) JsonReader.read(check.out());
        assertThat(report.get("status")).isEqualTo("error");
        assertThat(report.get("exitCode")).isEqualTo(new BigDecimal(ExitCode.ERROR));
        assertThat(check.errLines().get(0)).isEqualTo("retort check: " + report.get("message"));
        return report;
    }

    @Test
    void aServerThatCannotBeReachedIsADocument(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), "database.url=jdbc:postgresql://127.0.0.1:1/shop\n"
                + "entities.classpath=classes\nentities.packages=dev.retort.none\n");

        failedCheck(dir, "cannot connect to jdbc:postgresql://127.0.0.1:1/shop");
    }

    @Test
    void aConfigurationErrorIsADocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "database.ulr=jdbc:postgresql://127.0.0.1/shop\n");

        failedCheck(dir, "unknown key 'database.ulr'");
    }

    @Test
    void noProjectAtAllIsADocument(@TempDir Path dir) {
        failedCheck(dir, "no retort.properties in");
    }
}
