package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.ConfigLoader;
import dev.retort.revisions.Interruption;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.DeployLog;
import dev.retort.workflow.MigrationInterruptedException;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the goals' shutdown hook does when Maven's JVM is stopped while a revision runs: the statement in flight is
 * cancelled on the server, the revision rolls back, and nothing of it keeps running or stays behind.
 */
@ExtendWith(PostgresExtension.class)
class CancelOnShutdownTest {

    private static final String SLEEPING_QUERY = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND state = 'active' AND query LIKE 'SELECT pg_sleep%'";

    @TempDir
    Path dir;

    @Test
    void aStopWhileARevisionRunsCancelsItsStatementAndRollsItBack(TestDatabase database) throws Exception {
        Project project = projectWithASleepingRevision(database);
        Interruption interruption = new Interruption();
        CompletableFuture<MigrationWorkflow.Outcome> upgrading = CompletableFuture.supplyAsync(() -> {
            try {
                return new MigrationWorkflow(project).upgrade("head", false, silentLog(), interruption);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        awaitSleeping(database);
        List<String> said = new CopyOnWriteArrayList<>();

        long start = System.nanoTime();
        CancelOnShutdown.cancel(interruption, "upgrade", said::add);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThatThrownBy(upgrading::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(MigrationInterruptedException.class);
        assertThat(took).isLessThan(CancelOnShutdown.ROLLBACK_WAIT);
        assertThat(said).singleElement().asString().contains("cancelling the running statement");
        assertThat(database.queryColumn(SLEEPING_QUERY)).containsExactly("0");
        assertThat(database.queryColumn("SELECT to_regclass('public.started') IS NULL")).containsExactly("t");
        // the version table, made in the first revision's transaction, went with it: nothing is recorded
        assertThat(database.queryColumn("SELECT to_regclass('public.retort_version') IS NULL")).containsExactly("t");
    }

    @Test
    void aStopWhileNoRevisionRunsDoesNothing() {
        List<String> said = new CopyOnWriteArrayList<>();

        CancelOnShutdown.cancel(new Interruption(), "upgrade", said::add);

        assertThat(said).isEmpty();
    }

    private Project projectWithASleepingRevision(TestDatabase database) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1b2c3d4e5f6_sleep.sql"), """
                -- retort:revision a1b2c3d4e5f6
                -- retort:parents
                -- retort:message sleep
                -- retort:created 2026-12-06T16:00:00Z

                -- retort:upgrade
                CREATE TABLE public.started (id integer);
                SELECT pg_sleep(60);

                -- retort:downgrade
                DROP TABLE public.started;
                """);
        Path config = dir.resolve("retort.properties");
        Files.writeString(config, "database.url=" + database.url() + "\ndatabase.user=" + database.user() + "\n");
        return new Project(ConfigLoader.load(config, Map.of()));
    }

    private static DeployLog silentLog() {
        return new DeployLog(line -> { }, "upgrade", false, Clock.systemUTC(), StepListener.SILENT);
    }

    private static void awaitSleeping(TestDatabase database) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!database.queryColumn(SLEEPING_QUERY).equals(List.of("1"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the revision's pg_sleep never started");
            }
            Thread.sleep(50);
        }
    }
}
