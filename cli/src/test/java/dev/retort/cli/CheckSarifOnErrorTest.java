package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif} prints one SARIF log whatever goes wrong: a run without results whose invocation did
 * not succeed, carrying the one line stderr prints, and the same exit code as the text report.
 */
@ExtendWith(PostgresExtension.class)
class CheckSarifOnErrorTest {

    private static void failedCheck(Path project, String expectedMessage) {
        CliResult check = Cli.run("-p", project.toString(), "check", "--format", "sarif");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.ERROR)
                .isEqualTo(Cli.run("-p", project.toString(), "check").exitCode());
        assertThat(check.errLines()).as("%s", check).singleElement().asString()
                .startsWith("retort check: ").contains(expectedMessage);
        Map<String, Object> run = SarifShape.onlyRun(check.out());
        assertThat(SarifShape.results(run)).isEmpty();
        Map<String, Object> invocation = SarifShape.invocation(run);
        assertThat(invocation).containsEntry("executionSuccessful", false)
                .containsEntry("exitCode", new BigDecimal(ExitCode.ERROR));
        List<Object> notifications = SarifShape.list(invocation.get("toolExecutionNotifications"));
        assertThat(notifications).singleElement().satisfies(notification -> {
            assertThat(SarifShape.object(notification)).containsEntry("level", "error");
            assertThat("retort check: " + SarifShape.messageText(SarifShape.object(notification)))
                    .isEqualTo(check.errLines().get(0));
        });
    }

    @Test
    void aServerThatCannotBeReachedIsALogWithoutThePassword(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.properties"), "database.url=jdbc:postgresql://127.0.0.1:1/shop\n"
                + "database.password=hunter2\nentities.classpath=classes\nentities.packages=dev.retort.none\n");

        failedCheck(dir, "cannot connect to jdbc:postgresql://127.0.0.1:1/shop");
        assertThat(Cli.run("-p", dir.toString(), "check", "--format", "sarif").allOutput()).doesNotContain("hunter2");
    }

    @Test
    void aConfigurationErrorIsALog(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "database.ulr=jdbc:postgresql://127.0.0.1/shop\n");

        failedCheck(dir, "unknown key 'database.ulr'");
    }

    @Test
    void noProjectAtAllIsALog(@TempDir Path dir) {
        failedCheck(dir, "no retort.properties in");
    }

    @Test
    void entitiesThatAreNotThereAreALog(TestDatabase database, @TempDir Path dir) {
        TestProject.init(dir, database, EntityCompiler.library(), "dev.retort.none");

        failedCheck(dir, "dev.retort.none");
    }
}
