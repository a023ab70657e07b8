package dev.retort.cli;

import static dev.retort.cli.Failures.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * retort never waits on the server without limit: a server that accepts the connection and never answers fails
 * {@code current} and {@code upgrade} after {@code database.connect_timeout}; a table another session holds
 * ACCESS EXCLUSIVE fails {@code check} after {@code database.lock_timeout}. Each failure is one line naming what it
 * waited for and the setting that raises the wait.
 */
@ExtendWith(PostgresExtension.class)
class ServerTimeoutsTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    @Test
    void aServerThatNeverAnswersFailsCurrentAndUpgradeAfterTheConnectTimeout(TestDatabase database,
            @TempDir Path dir) throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        try (SilentServer silent = new SilentServer()) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/shop";
            project.setProperty("database.url", url);
            project.setProperty("database.connect_timeout", "1s");
            String noAnswer = "cannot connect to " + url + ": no answer within 1 s to the connection and login";
            String setting = "raise database.connect_timeout or RETORT_DATABASE_CONNECT_TIMEOUT";

            long start = System.nanoTime();
            assertOneLineError(project.run("current"), "current", noAnswer, setting);
            long currentMillis = millisSince(start);
            start = System.nanoTime();
            assertOneLineError(project.run("upgrade"), "upgrade", noAnswer, setting);
            long upgradeMillis = millisSince(start);

            project.setProperty("database.connect_timeout", "3s");
            start = System.nanoTime();
            assertOneLineError(project.run("current"), "current", "no answer within 3 s", setting);
            long longerMillis = millisSince(start);
            System.out.printf("silent server: current gave up after %d ms, upgrade after %d ms (1s); current after "
                    + "%d ms (3s)%n", currentMillis, upgradeMillis, longerMillis);
            assertThat(currentMillis).isBetween(1000L, 2500L);
            assertThat(upgradeMillis).isBetween(1000L, 2500L);
            assertThat(longerMillis).isBetween(3000L, 4500L);
        }
    }

    @Test
    void checkGivesUpOnATableAnotherSessionHoldsLockedAfterTheLockTimeout(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.setProperty("history.database", "off");
        project.autogenerate("library");
        project.ok("upgrade");
        // Reading an expression's definition (an index's, a default's, a check's) needs a lock on its table. An index
        // the entities do not describe, whose difference is ignored, is still read.
        database.execute("CREATE INDEX author_lookup ON public.author ((id + 1))");
        project.setProperty("retort.index.extra", "ignore");
        project.setProperty("database.lock_timeout", "1s");

        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE public.author IN ACCESS EXCLUSIVE MODE");
            int holderPid = Integer.parseInt(database.queryColumn("select pid from pg_locks where relation = "
                    + "'public.author'::regclass and mode = 'AccessExclusiveLock'").get(0));
            long start = System.nanoTime();
            CliResult check = project.run("check");
            long checkMillis = millisSince(start);
            assertOneLineError(check, "check", "gave up after 1 s waiting for a lock on public.author (pid "
                    + holderPid + ") at " + database.url() + ": another session holds it",
                    "wait longer with database.lock_timeout or RETORT_DATABASE_LOCK_TIMEOUT");

            project.setProperty("database.lock_timeout", "3s");
            start = System.nanoTime();
            assertOneLineError(project.run("check"), "check", "gave up after 3 s waiting for a lock on public.author");
            long longerMillis = millisSince(start);
            System.out.printf("locked table: check gave up after %d ms (1s), after %d ms (3s)%n", checkMillis,
                    longerMillis);
            assertThat(longerMillis - checkMillis).isBetween(1500L, 3000L);

            // Waiting without limit for the lock, the read is still bounded by the statement timeout.
            project.setProperty("database.lock_timeout", "0");
            project.setProperty("database.statement_timeout", "1s");
            assertOneLineError(project.run("check"), "check", "gave up after 1 s reading " + database.url()
                    + ": ERROR: canceling statement due to statement timeout (raise database.statement_timeout or "
                    + "RETORT_DATABASE_STATEMENT_TIMEOUT)");
            holder.rollback();
        }
        assertThat(project.run("check").exitCode()).isZero();
    }

    @Test
    void upgradeBlockedOnItsVersionTableNamesTheMigrationLockTimeout(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        HandRevisions.write(project.versions(), "rev01", List.of(), 1, "first", "SELECT 1;", "SELECT 1;");
        project.ok("upgrade");
        HandRevisions.write(project.versions(), "rev02", List.of("rev01"), 2, "second", "SELECT 2;", "SELECT 2;");
        project.setProperty("migration.lock_timeout", "1s");

        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE public.retort_version IN ACCESS EXCLUSIVE MODE");
            CliResult upgrade = project.run("upgrade");
            Failures.assertOneLineErrorUnderTheLock(upgrade, ExitCode.ERROR, "upgrade", "gave up after 1 s waiting "
                    + "for a lock on public.retort_version (pid ", "wait longer with migration.lock_timeout or "
                    + "RETORT_MIGRATION_LOCK_TIMEOUT");
            holder.rollback();
        }
        assertThat(project.appliedRevisions()).containsExactly("rev01");
    }

    /** Accepts every connection and never writes a byte: a hung server, or something that is not PostgreSQL. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();

        SilentServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket client = socket.accept();
                        synchronized (accepted) {
                            accepted.add(client);
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket client : accepted) {
                    client.close();
                }
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
