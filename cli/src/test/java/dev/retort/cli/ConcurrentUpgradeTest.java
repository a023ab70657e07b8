package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploy jobs that run {@code retort upgrade head} at the same time, each in its own JVM, configured by the
 * environment alone: the version table's lock makes every revision apply exactly once, and nobody deadlocks with
 * a {@code CREATE INDEX CONCURRENTLY}.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentUpgradeTest {

    private static final int PROCESSES = 8;
    private static final int REVISIONS = 20;
    private static final Pattern WAITED = Pattern.compile("after waiting (\\d+) ms");

    @Test
    void eightProcessesApplyTwentyRevisionsExactlyOnceIncludingAnIndexBuiltConcurrently(TestDatabase database,
            @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        HandRevisions.chain(migrations.resolve("versions"), REVISIONS, n -> switch (n) {
            // Rows for the index to be built on, and time for every process to arrive and wait.
            case 1 -> "INSERT INTO public.step_01 SELECT generate_series(1, 20000);";
            case 3 -> "SELECT pg_sleep(2);";
            case 5 -> "-- retort:no-transaction\nCREATE INDEX CONCURRENTLY step_01_by_id ON public.step_01 (id);";
            default -> null;
        });
        Map<String, String> environment = DeployRun.environment(database, migrations);

        long start = System.nanoTime();
        List<DeployRun> runs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            runs.add(DeployRun.start(dir, environment, "upgrade", "head"));
        }
        List<DeployRun.Result> results = new ArrayList<>();
        for (DeployRun run : runs) {
            results.add(run.finish(240));
        }
        long totalMillis = (System.nanoTime() - start) / 1_000_000;

        List<String> upgraded = new ArrayList<>();
        int waited = 0;
        for (int i = 0; i < PROCESSES; i++) {
            DeployRun.Result result = results.get(i);
            assertThat(result.cli().exitCode()).as("process %d: %s", i, result.cli()).isZero();
            assertThat(result.cli().err()).as("process %d", i).isEmpty();
            List<String> mine = result.events("upgrade", "upgraded ");
            upgraded.addAll(mine);
            boolean wasWaiting = !result.events("upgrade", "waiting for the lock on public.retort_version").isEmpty();
            waited += wasWaiting ? 1 : 0;
            System.out.printf("process %d: %d s wall, applied %d revision(s), waited for the lock %s ms%n", i,
                    result.millis() / 1000, mine.size(), waitedMillis(result));
            if (mine.isEmpty()) {
                assertThat(result.events("upgrade", "nothing to do: the database is already at head (rev20)"))
                        .hasSize(1);
            }
        }
        System.out.printf("%d processes, %d revisions: %d ms in all, %d process(es) waited for the lock%n",
                PROCESSES, REVISIONS, totalMillis, waited);

        assertThat(upgraded).hasSize(REVISIONS);
        assertThat(waited).as("processes that had to wait for the lock").isPositive();
        assertThat(database.queryColumn("select revision || ' ' || count(*) from applied_log group by revision "
                + "order by revision")).containsExactlyElementsOf(IntStream.rangeClosed(1, REVISIONS)
                .mapToObj(n -> HandRevisions.step(n) + " 1").toList());
        assertThat(database.queryColumn("select count(distinct backend) from applied_log")).containsExactly("1");
        assertThat(database.queryColumn("select count(*) from retort_version")).containsExactly("20");
        assertThat(database.queryColumn("select indisvalid from pg_index where indexrelid = "
                + "'public.step_01_by_id'::regclass")).containsExactly("t");
        assertThat(database.advisoryLockHolders()).as("advisory locks left in this database").isEmpty();
    }

    @Test
    void aProcessKilledMidUpgradeLeavesTheLastCommittedRevisionAndARerunCompletes(TestDatabase database,
            TestDatabase reference, @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        List<Revision> chain = HandRevisions.chain(migrations.resolve("versions"), REVISIONS,
                n -> n == 10 ? "SELECT pg_sleep(4);" : null);
        Map<String, String> environment = DeployRun.environment(database, migrations);

        DeployRun doomed = DeployRun.start(dir, environment, "upgrade", "head");
        long sleepingAfter = waitUntilSleeping(database, doomed);
        doomed.process().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback sent by the client
        DeployRun.Result killed = doomed.finish(30);
        assertThat(killed.cli().exitCode()).isEqualTo(137);
        assertThat(killed.events("upgrade", "upgraded ")).hasSize(9);

        assertThat(applied(database)).containsExactlyElementsOf(ids(chain.subList(0, 9)));
        assertThat(database.queryColumn("select to_regclass('public.step_10')")).containsExactly((String) null);

        DeployRun.Result rerun = DeployRun.start(dir, environment, "upgrade", "head").finish(120);
        assertThat(rerun.cli().exitCode()).as("%s", rerun.cli()).isZero();
        assertThat(rerun.events("upgrade", "upgraded ")).hasSize(11).first().asString()
                .startsWith("retort upgrade: upgraded rev10 step 10 (");
        System.out.printf("kill -9 after %d ms, in revision 10 of %d (pg_sleep); the rerun took %d ms%n",
                sleepingAfter, REVISIONS, rerun.millis());

        assertThat(applied(database)).containsExactlyElementsOf(ids(chain));
        assertThat(database.queryColumn("select count(*) || ' ' || count(distinct revision) from applied_log"))
                .containsExactly("20 20");
        assertThat(DeployRun.start(dir, DeployRun.environment(reference, migrations), "upgrade", "head").finish(120)
                .cli().exitCode()).isZero();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(CatalogSnapshot.of(reference));
    }

    @Test
    void aFailingRevisionInTheMiddleLeavesTheSchemaExactlyAtTheLastGoodRevision(TestDatabase database,
            TestDatabase reference, @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        List<Revision> chain = HandRevisions.chain(migrations.resolve("versions"), REVISIONS,
                n -> n == 12 ? "ALTER TABLE public.no_such_table ADD COLUMN shelf integer;" : null);
        Revision failing = chain.get(11);
        int line = failing.upgrade().statements().get(2).line();

        DeployRun.Result run = DeployRun.start(dir, DeployRun.environment(database, migrations), "upgrade", "head")
                .finish(120);
        assertThat(run.cli().exitCode()).as("%s", run.cli()).isEqualTo(ExitCode.ERROR);
        assertThat(run.events("upgrade", "upgraded ")).hasSize(11);
        assertThat(run.cli().errLines()).containsExactly("retort upgrade: " + failing.file() + ":" + line
                + ": ERROR: relation \"public.no_such_table\" does not exist (revision rev12 rolled back; the "
                + "database stays at rev11)");

        assertThat(applied(database)).containsExactlyElementsOf(ids(chain.subList(0, 11)));
        DeployRun.Result toRev11 = DeployRun.start(dir, DeployRun.environment(reference, migrations), "upgrade",
                "rev11").finish(120);
        assertThat(toRev11.cli().exitCode()).isZero();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(CatalogSnapshot.of(reference))
                .noneMatch(fact -> fact.contains("step_12"));
    }

    /**
     * Polls until the process's migration session is in its revision's pg_sleep (in this test's database: other
     * sessions on the server may sleep too); returns how long that took.
     */
    private static long waitUntilSleeping(TestDatabase database, DeployRun run) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 60_000_000_000L) {
            if (!database.queryColumn("select pid from pg_stat_activity where datname = current_database() and "
                    + "application_name = 'retort' and query like 'SELECT pg_sleep(4)%' and state = 'active'")
                    .isEmpty()) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (!run.process().isAlive()) {
                throw new AssertionError("retort ended before it reached the sleeping revision");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("retort never reached the sleeping revision within 60 s");
    }

    private static String waitedMillis(DeployRun.Result result) {
        return result.events("upgrade", "locked ").stream().map(WAITED::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse("0");
    }

    private static List<String> applied(TestDatabase database) {
        return database.queryColumn("select revision from retort_version order by revision");
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
