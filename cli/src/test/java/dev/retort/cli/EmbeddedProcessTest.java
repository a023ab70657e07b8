package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.embedded.testing.ChildJvm;
import dev.retort.embedded.testing.Leftovers;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * retort in its own JVM, as a user runs it, without a database server: what it prints, its exit code, and that
 * no server process, data directory or scratch schema outlives it, after success, failure and interrupt.
 */
@ExtendWith(PostgresExtension.class)
class EmbeddedProcessTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void aWholeRunWithoutAServerPrintsOnlyRetortsLinesAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path project = EmbeddedModeTest.initWithoutServer(dir, library, PACKAGE);

        Run revision = retort(Map.of(), "-p", project.toString(), "revision", "--autogenerate", "-m", "first");
        assertThat(revision.exitCode()).as(revision.output()).isZero();
        assertThat(revision.output()).startsWith("Wrote ").contains("(5 upgrade statements, 0 destructive)")
                .hasLineCount(1);
        Run check = retort(Map.of(), "-p", project.toString(), "check");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).isEqualTo("No differences: the entities and the database agree.\n");
    }

    @Test
    void aHistoryThatDoesNotReplayIsOneLineNamingTheFileAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path project = EmbeddedModeTest.initWithoutServer(dir, library, PACKAGE);
        assertThat(Cli.run("-p", project.toString(), "revision", "-m", "broken").exitCode()).isZero();
        Path file;
        try (var files = Files.list(project.resolve("migrations/versions"))) {
            file = files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("-- retort:upgrade\n",
                "-- retort:upgrade\nCREATE TABLE book (id bigint REFERENCES no_such_table);\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        Run check = retort(Map.of(), "-p", project.toString(), "check");

        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.output()).startsWith("retort check: the revision history does not replay into the embedded"
                + " PostgreSQL 15.19.0: " + file + ":").contains("ERROR: relation \"no_such_table\" does not exist")
                .hasLineCount(1);
    }

    @Test
    void anEmbeddedServerThatCannotStartIsOneLineNamingTheSettingToUseAServerInstead(@TempDir Path dir)
            throws Exception {
        Path project = EmbeddedModeTest.initWithoutServer(dir.resolve("p"), library, PACKAGE);
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");

        Run check = retort(Map.of("RETORT_EMBEDDED_CACHE_DIR", file.resolve("cache").toString()),
                "-p", project.toString(), "check");

        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.output()).startsWith("retort check: cannot start the embedded PostgreSQL: cannot unpack the"
                + " PostgreSQL binaries").contains(file.resolve("cache").toString())
                .endsWith("(or set database.url in retort.properties, or RETORT_DATABASE_URL, to work on a PostgreSQL"
                        + " server instead)\n").hasLineCount(1);
    }

    @Test
    void asRootWithoutUserNamespacesCheckSaysWhyInOneLineAndNamesTheUrlSetting(@TempDir Path dir) throws Exception {
        Path project = EmbeddedModeTest.initWithoutServer(dir, library, PACKAGE);
        List<String> rootWithoutNamespaces = List.of("unshare", "-U", "-r", "sh", "-c",
                "echo 0 > /proc/sys/user/max_user_namespaces && exec \"$@\"", "sh");

        Run check = retort(rootWithoutNamespaces, Map.of(), "-p", project.toString(), "check");

        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.output()).isEqualTo("retort check: cannot start the embedded PostgreSQL: PostgreSQL refuses"
                + " to run as root, and retort runs as root where user namespaces are not available (unshare -U:"
                + " unshare: unshare failed: No space left on device): run retort as a user other than root, or use a"
                + " PostgreSQL server instead (or set database.url in retort.properties, or RETORT_DATABASE_URL, to"
                + " work on a PostgreSQL server instead)\n");
    }

    @Test
    void ctrlCDuringAnEmbeddedCheckLeavesNoServerAndNoDirectory(@TempDir Path dir) throws Exception {
        // a terminal's Ctrl-C: SIGINT to the whole foreground process group, retort's server included
        assertInterruptedCheckLeavesNothing(dir, "INT", true);
    }

    @Test
    void sigtermDuringAnEmbeddedCheckLeavesNoServerAndNoDirectory(@TempDir Path dir) throws Exception {
        assertInterruptedCheckLeavesNothing(dir, "TERM", false);
    }

    private static void assertInterruptedCheckLeavesNothing(Path dir, String signal, boolean wholeGroup)
            throws Exception {
        Path project = EmbeddedModeTest.initWithoutServer(dir, library, PACKAGE);
        assertThat(Cli.run("-p", project.toString(), "revision", "--autogenerate", "-m", "first").exitCode()).isZero();
        try (ChildJvm child = ChildJvm.start(List.of("setsid"), System.getProperty("java.class.path"), Map.of(),
                RetortCommand.class, "-p", project.toString(), "check")) {
            List<Long> servers = await(() -> Leftovers.of(child.pid()).processes());

            if (wholeGroup) {
                child.signalGroup(signal);
            } else {
                child.signal(signal);
            }
            child.awaitExit();

            assertThat(servers).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
            assertThat(Leftovers.of(child.pid()).isEmpty()).as("%s", Leftovers.of(child.pid())).isTrue();
        }
    }

    @Test
    void aCheckAgainstALiveDatabaseLeavesNoScratchSchemaAndNoSessionWhenKilledOrWhenDone(TestDatabase database,
                                                                                  @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database,
                EntityCompiler.codeSource(dev.retort.sample.shop.Customer.class), "dev.retort.sample.shop");
        project.autogenerate("shop").orElseThrow();
        project.ok("upgrade");
        // Only the normalizer writes (its scratch schema, rolled back): a retort session holding a transaction id is
        // retort at work in its scratch schema. The reflector's reads never get one.
        String scratch = "select count(*) from pg_stat_activity where datname = current_database()"
                + " and application_name = 'retort' and backend_xid is not null";
        for (String signal : List.of("TERM", "KILL")) {
            try (ChildJvm child = ChildJvm.start(RetortCommand.class, "-p", project.directory().toString(), "check")) {
                // the scratch schema exists only inside retort's open transaction: catch retort working in it
                await(() -> database.queryColumn(scratch).equals(List.of("0")) ? List.of() : List.of(1L));

                child.signal(signal);
                child.awaitExit();
            }
            List<String> sessions = awaitValue(() -> database.queryColumn("select count(*) from pg_stat_activity where"
                    + " datname = current_database() and application_name = 'retort'"), List.of("0"));
            assertThat(sessions).as("retort's sessions after kill -%s", signal).containsExactly("0");
            assertThat(database.queryColumn("select count(*) from pg_namespace where nspname like 'retort_scratch%'"))
                    .as("scratch schemas after kill -%s", signal).containsExactly("0");
        }
        assertThat(project.run("check").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(database.queryColumn("select count(*) from pg_namespace where nspname like 'retort_scratch%'"))
                .as("scratch schemas after a check that ended normally").containsExactly("0");
    }

    /** What one retort process printed (stdout and stderr, in order) and its exit code. */
    record Run(int exitCode, String output) {
    }

    static Run retort(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return retort(List.of(), environment, args);
    }

    static Run retort(List<String> wrapper, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        try (ChildJvm child = ChildJvm.start(wrapper, System.getProperty("java.class.path"), environment,
                RetortCommand.class, args)) {
            String output = child.rest();
            int exitCode = child.awaitExit();
            assertThat(Leftovers.of(child.pid()).isEmpty()).as("left by retort %s: %s", String.join(" ", args),
                    Leftovers.of(child.pid())).isTrue();
            return new Run(exitCode, output);
        }
    }

    /** Polls until the supplier gives a non-empty list (up to 60 s). */
    private static <T> List<T> await(java.util.function.Supplier<List<T>> poll) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<T> found = poll.get();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("nothing appeared within 60 s");
    }

    private static <T> T awaitValue(java.util.function.Supplier<T> poll, T expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value = poll.get();
        while (!value.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            value = poll.get();
        }
        return value;
    }
}
