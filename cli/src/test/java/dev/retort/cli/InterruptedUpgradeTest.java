package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (a deploy stopped) and SIGINT (Ctrl-C) sent to a real {@code retort upgrade} process while a revision
 * holds an ACCESS EXCLUSIVE lock and runs for a long time: the statement is cancelled on the server, the revision
 * rolled back, retort's lock released, one line printed, and the exit code is the shell's for that signal. Every
 * query about sessions and locks looks only at the test's own database.
 */
@ExtendWith(PostgresExtension.class)
class InterruptedUpgradeTest {

    private static final String LONG = "SELECT pg_sleep(30);";
    private static final String SHORT = "SELECT pg_sleep(0.1);";

    @Test
    void sigtermCancelsTheRunningRevisionRollsItBackAndReleasesEveryLock(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path versions = dir.resolve("migrations/versions");
        writeRevisions(versions, LONG);

        DeployRun run = startAndWaitForTheSleep(database, dir);
        long signalled = System.nanoTime();
        run.process().destroy(); // SIGTERM on Linux
        DeployRun.Result result = run.finish(30);
        long exitedMillis = millisSince(signalled);
        long releasedMillis = waitUntilNothingOfRetortRemains(database, signalled);

        assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(143);
        assertThat(result.cli().errLines()).containsExactly(
                "retort upgrade: interrupted: revision rev02 rolled back; the database stays at rev01");
        assertThat(releasedMillis).isLessThan(2000);
        assertThat(applied(database)).containsExactly("rev01");
        assertThat(database.queryColumn("select count(*) from information_schema.columns where table_name = "
                + "'guarded' and column_name = 'added'")).containsExactly("0");
        System.out.printf("SIGTERM: exit after %d ms, no session or lock of retort left after %d ms%n",
                exitedMillis, releasedMillis);

        writeRevisions(versions, SHORT);
        DeployRun.Result rerun = DeployRun.start(dir, environment(database, dir), "upgrade").finish(120);
        assertThat(rerun.cli().exitCode()).as("%s", rerun.cli()).isZero();
        assertThat(applied(database)).containsExactly("rev01", "rev02");
    }

    @Test
    void sigintExits130WithTheSameRollback(TestDatabase database, @TempDir Path dir) throws Exception {
        writeRevisions(dir.resolve("migrations/versions"), LONG);

        DeployRun run = startAndWaitForTheSleep(database, dir);
        long signalled = System.nanoTime();
        new ProcessBuilder("kill", "-INT", Long.toString(run.process().pid())).inheritIO().start().waitFor();
        DeployRun.Result result = run.finish(30);
        long releasedMillis = waitUntilNothingOfRetortRemains(database, signalled);

        assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(130);
        assertThat(result.cli().errLines()).containsExactly(
                "retort upgrade: interrupted: revision rev02 rolled back; the database stays at rev01");
        assertThat(releasedMillis).isLessThan(2000);
        assertThat(applied(database)).containsExactly("rev01");
    }

    @Test
    void sigtermDuringADowngradeRollsItBackToo(TestDatabase database, @TempDir Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        writeRevisions(versions, SHORT);
        assertThat(DeployRun.start(dir, environment(database, dir), "upgrade").finish(120).cli().exitCode())
                .isZero();
        HandRevisions.write(versions, "rev02", List.of("rev01"), 2, "long locked change",
                "LOCK TABLE public.guarded IN ACCESS EXCLUSIVE MODE;\n" + SHORT + "\n"
                        + "ALTER TABLE public.guarded ADD COLUMN added integer;",
                "LOCK TABLE public.guarded IN ACCESS EXCLUSIVE MODE;\n" + LONG + "\n"
                        + "ALTER TABLE public.guarded DROP COLUMN added;");

        DeployRun run = startAndWaitForTheSleep(database, dir, "downgrade", "-1", "--allow-changed");
        long signalled = System.nanoTime();
        run.process().destroy();
        DeployRun.Result result = run.finish(30);
        long releasedMillis = waitUntilNothingOfRetortRemains(database, signalled);

        assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(143);
        assertThat(result.cli().errLines()).containsExactly(
                "retort downgrade: interrupted: revision rev02 rolled back; the database stays at rev02");
        assertThat(releasedMillis).isLessThan(2000);
        assertThat(applied(database)).containsExactly("rev01", "rev02");
    }

    @Test
    void insideANoTransactionBlockTheLineSaysWhichStatementsRan(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Revision partly = HandRevisions.write(dir.resolve("migrations/versions"), "rev01", List.of(), 1, "outside",
                """
                CREATE TABLE public.guarded (id integer);
                -- retort:no-transaction
                CREATE INDEX CONCURRENTLY guarded_id ON public.guarded (id);
                SELECT pg_sleep(30);
                CREATE INDEX CONCURRENTLY guarded_id_again ON public.guarded (id);
                """, "DROP TABLE public.guarded;");
        int sleepLine = partly.upgrade().statements().get(2).line();

        DeployRun run = startAndWaitForTheSleep(database, dir);
        long signalled = System.nanoTime();
        run.process().destroy();
        DeployRun.Result result = run.finish(30);
        long releasedMillis = waitUntilNothingOfRetortRemains(database, signalled);

        assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(143);
        assertThat(result.cli().errLines()).singleElement().asString()
                .startsWith("retort upgrade: interrupted: " + partly.file() + ":" + sleepLine
                        + ": ERROR: canceling statement due to user request; revision rev01 is partly applied: "
                        + "the statements at lines " + partly.upgrade().statements().get(0).line() + ", "
                        + partly.upgrade().statements().get(1).line() + " ran and stay committed, line "
                        + partly.upgrade().statements().get(3).line() + " did not run");
        assertThat(releasedMillis).isLessThan(2000);
        assertThat(database.queryColumn("select count(*) from pg_indexes where tablename = 'guarded'"))
                .containsExactly("1");
    }

    private static void writeRevisions(Path versions, String sleep) {
        HandRevisions.write(versions, "rev01", List.of(), 1, "guarded table",
                "CREATE TABLE public.guarded (id integer);", "DROP TABLE public.guarded;");
        HandRevisions.write(versions, "rev02", List.of("rev01"), 2, "long locked change",
                "LOCK TABLE public.guarded IN ACCESS EXCLUSIVE MODE;\n" + sleep + "\n"
                        + "ALTER TABLE public.guarded ADD COLUMN added integer;",
                "ALTER TABLE public.guarded DROP COLUMN added;");
    }

    private static Map<String, String> environment(TestDatabase database, Path dir) {
        return DeployRun.environment(database, dir.resolve("migrations"));
    }

    private static DeployRun startAndWaitForTheSleep(TestDatabase database, Path dir, String... command)
            throws Exception {
        DeployRun run = DeployRun.start(dir, environment(database, dir),
                command.length == 0 ? new String[] {"upgrade"} : command);
        long start = System.nanoTime();
        while (database.queryColumn("select pid from pg_stat_activity where datname = current_database() and "
                + "application_name = 'retort' and state = 'active' and query like 'SELECT pg_sleep(30)%'").isEmpty()) {
            if (!run.process().isAlive()) {
                throw new AssertionError("retort ended before the long statement: " + run.finish(1).cli());
            }
            if (millisSince(start) > 60_000) {
                throw new AssertionError("retort never reached the long statement within 60 s");
            }
            Thread.sleep(50);
        }
        return run;
    }

    /** Polls until no session of retort and no lock of another session remain in this database; ms since signal. */
    private static long waitUntilNothingOfRetortRemains(TestDatabase database, long signalled)
            throws InterruptedException {
        while (millisSince(signalled) < 10_000) {
            List<String> left = database.queryColumn("select 'session ' || pid from pg_stat_activity where datname = "
                    + "current_database() and application_name = 'retort' union all select 'lock ' || locktype || ' "
                    + "' || mode || ' by ' || pid from pg_locks where database = (select oid from pg_database where "
                    + "datname = current_database()) and pid <> pg_backend_pid()");
            if (left.isEmpty()) {
                return millisSince(signalled);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("a session or lock of retort was still there 10 s after the signal");
    }

    private static List<String> applied(TestDatabase database) {
        return database.queryColumn("select revision from public.retort_version order by revision");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
