package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal while the server cannot be reached by a cancel request (through a proxy that answers no new connection):
 * retort waits a bounded time, says in one line that the statement may still run, and exits; a second signal does
 * not wait at all. Sessions are looked up, and ended afterwards, in the test's own database only.
 */
@ExtendWith(PostgresExtension.class)
class CancelNeverArrivesTest {

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

    private TestDatabase database;

    @Test
    void retortGivesUpWaitingForTheCancelAfterFiveSecondsAndSaysTheStatementMayStillRun(TestDatabase database,
            @TempDir Path dir) throws Exception {
        this.database = database;
        try (CancelBlockingProxy proxy = new CancelBlockingProxy(port(database))) {
            DeployRun run = startTheLongRevision(database, dir, proxy);
            long signalled = System.nanoTime();
            run.process().destroy();
            DeployRun.Result result = run.finish(30);
            long exitedMillis = (System.nanoTime() - signalled) / 1_000_000;

            assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(ExitCode.TERMINATED);
            assertThat(result.cli().errLines()).containsExactly("retort upgrade: interrupted: the server did not end "
                    + "the running statement within 5 s of the cancel; exiting anyway: it may still be running (see "
                    + "pg_stat_activity, application_name retort)");
            assertThat(exitedMillis).isBetween(4500L, 8000L);
            System.out.printf("cancel blocked: exit after %d ms%n", exitedMillis);
        }
    }

    @Test
    void aSecondSignalExitsAtOnce(TestDatabase database, @TempDir Path dir) throws Exception {
        this.database = database;
        try (CancelBlockingProxy proxy = new CancelBlockingProxy(port(database))) {
            DeployRun run = startTheLongRevision(database, dir, proxy);
            long signalled = System.nanoTime();
            run.process().destroy();
            Thread.sleep(300);
            run.process().destroy();
            DeployRun.Result result = run.finish(30);
            long exitedMillis = (System.nanoTime() - signalled) / 1_000_000;

            assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(ExitCode.TERMINATED);
            assertThat(exitedMillis).isLessThan(2000);
            System.out.printf("second signal: exit %d ms after the first%n", exitedMillis);
        }
    }

    /** The long statement goes on after retort is gone: that is what the line warns of. End it here. */
    @AfterEach
    void endTheStatementLeftRunning() {
        if (database != null) {
            database.queryColumn("select pg_terminate_backend(pid) from pg_stat_activity where datname = "
                    + "current_database() and application_name = 'retort'");
        }
    }

    private static DeployRun startTheLongRevision(TestDatabase database, Path dir, CancelBlockingProxy proxy)
            throws Exception {
        Path versions = dir.resolve("migrations/versions");
        HandRevisions.write(versions, "rev01", List.of(), 1, "long", "SELECT pg_sleep(30);", "SELECT 1;");
        Map<String, String> environment = DeployRun.environment(database, dir.resolve("migrations"));
        environment.put("RETORT_DATABASE_URL", HOST_AND_PORT.matcher(database.url())
                .replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
        DeployRun run = DeployRun.start(dir, environment, "upgrade");
        long start = System.nanoTime();
        while (database.queryColumn("select pid from pg_stat_activity where datname = current_database() and "
                + "application_name = 'retort' and state = 'active' and query like 'SELECT pg_sleep(30)%'").isEmpty()) {
            if (!run.process().isAlive() || System.nanoTime() - start > 60_000_000_000L) {
                throw new AssertionError("retort never reached the long statement: " + run.finish(1).cli());
            }
            Thread.sleep(50);
        }
        proxy.blockNewConnections();
        return run;
    }

    private static int port(TestDatabase database) {
        Matcher matcher = HOST_AND_PORT.matcher(database.url());
        if (!matcher.find()) {
            throw new IllegalStateException("no host:port in " + database.url());
        }
        return Integer.parseInt(matcher.group(2));
    }
}
