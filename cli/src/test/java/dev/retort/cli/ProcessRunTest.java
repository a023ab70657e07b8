package dev.retort.cli;

import static dev.retort.cli.Failures.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * retort in its own JVM, through {@code main}, with the settings in environment variables: what reaches the user
 * is exactly what the process prints (Hibernate's and the driver's logging included), and the exit code is the
 * process's.
 */
@ExtendWith(PostgresExtension.class)
class ProcessRunTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void aPasswordFromTheEnvironmentIsNeverPrintedWhenTheLoginIsRefused(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        String secret = "s3cr3t-from-the-environment";
        Map<String, String> environment = Map.of("RETORT_DATABASE_USER", "retort_no_such_role",
                "RETORT_DATABASE_PASSWORD", secret);

        CliResult plain = retort(environment, "-p", project.directory().toString(), "check");
        assertOneLineError(plain, "check", "the database refused user 'retort_no_such_role'",
                "check database.user and RETORT_DATABASE_PASSWORD");
        assertThat(plain.allOutput()).doesNotContain(secret);

        CliResult verbose = retort(environment, "-p", project.directory().toString(), "--verbose", "upgrade");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(verbose.err()).contains("\tat ");
        assertThat(verbose.allOutput()).doesNotContain(secret);
        assertThat(project.appliedRevisions()).isEmpty();
    }

    @Test
    void aWholeRunPrintsOnlyRetortsOwnLines(TestDatabase database, @TempDir Path dir) throws Exception {
        // The project file names no database: the environment supplies it, as in CI.
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("database.url", "jdbc:postgresql://127.0.0.1:1/not_this_one");
        Map<String, String> environment = Map.of("RETORT_DATABASE_URL", database.url(),
                "RETORT_DATABASE_USER", database.user(), "RETORT_DATABASE_PASSWORD", database.password());
        String projectDir = project.directory().toString();

        CliResult revision = retort(environment, "-p", projectDir, "revision", "--autogenerate", "-m", "first");
        assertThat(revision.exitCode()).as("%s", revision).isZero();
        assertThat(revision.out()).startsWith("Wrote ").contains("(5 upgrade statements, 0 destructive)");
        assertThat(revision.err()).isEmpty();
        CliResult upgrade = retort(environment, "-p", projectDir, "upgrade");
        assertThat(upgrade.exitCode()).as("%s", upgrade).isZero();
        assertThat(upgrade.err()).isEmpty();
        CliResult check = retort(environment, "-p", projectDir, "check");
        assertThat(check.exitCode()).as("%s", check).isZero();
        assertThat(check.out()).isEqualTo("No differences: the entities and the database agree."
                + System.lineSeparator());
        assertThat(check.err()).isEmpty();

        CliResult badPackage = retort(Map.of("RETORT_DATABASE_URL", database.url(),
                "RETORT_ENTITIES_PACKAGES", "dev.retort.e2e.nothing_here"), "-p", projectDir, "check");
        assertOneLineError(badPackage, "check", "package dev.retort.e2e.nothing_here has no @Entity class");
    }

    /**
     * {@code java dev.retort.cli.RetortCommand ARGS} with the test JVM's class path and {@code environment} added
     * to this one's (minus any RETORT_ variable of the test run itself).
     */
    static CliResult retort(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(DeployRun.java(), "-cp", System.getProperty("java.class.path"),
                RetortCommand.class.getName()));
        command.addAll(List.of(args));
        return DeployRun.start(command, Path.of("").toAbsolutePath(), environment).finish(120).cli();
    }
}
