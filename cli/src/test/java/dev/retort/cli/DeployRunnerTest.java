package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.VersionTableLock;
import dev.retort.revisions.VersionTableName;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort upgrade head} as a CI job or container runs it: configured by RETORT_* variables alone, one log
 * line per event with a stable prefix, no secret printed, and the documented exit codes.
 */
@ExtendWith(PostgresExtension.class)
class DeployRunnerTest {

    private static final String EVENT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z retort upgrade: "
            + "(locked|upgraded|done:|nothing to do:) .*";

    @Test
    void theEnvironmentAloneConfiguresADeployThatLogsOneLinePerEvent(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path migrations = dir.resolve("deploy/migrations");
        HandRevisions.chain(migrations.resolve("versions"), 3, null);
        String secret = database.password().isEmpty() ? "s3cr3t-of-the-deploy" : database.password();
        Map<String, String> environment = new HashMap<>(DeployRun.environment(database, migrations));
        environment.put("RETORT_DATABASE_PASSWORD", secret);
        environment.put("RETORT_LOG_TIMESTAMPS", "true");
        assertThat(dir.resolve("retort.properties")).doesNotExist();

        DeployRun.Result first = DeployRun.start(dir, environment, "upgrade", "head").finish(120);
        assertThat(first.cli().exitCode()).as("%s", first.cli()).isZero();
        assertThat(first.cli().err()).isEmpty();
        List<String> lines = first.cli().out().lines().toList();
        assertThat(lines).hasSize(5).allMatch(line -> line.matches(EVENT));
        assertThat(lines.get(0)).contains("retort upgrade: locked public.retort_version in " + database.url()
                + " (advisory lock -6000398394032713877)");
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(line.indexOf(" retort ") + 1)
                .replaceAll("\\(\\d+ ms\\)", "(N ms)")).containsExactly("retort upgrade: upgraded rev01 step 1 (N ms)",
                "retort upgrade: upgraded rev02 step 2 (N ms)", "retort upgrade: upgraded rev03 step 3 (N ms)");
        assertThat(lines.get(4)).endsWith("retort upgrade: done: 3 revision(s) upgraded; the database is at rev03");
        assertThat(first.cli().allOutput()).doesNotContain(secret);

        environment.remove("RETORT_LOG_TIMESTAMPS");
        DeployRun.Result again = DeployRun.start(dir, environment, "upgrade", "head").finish(120);
        assertThat(again.cli().exitCode()).isZero();
        assertThat(again.cli().out().lines()).last().isEqualTo("retort upgrade: nothing to do: the database is "
                + "already at head (rev03)");
    }

    @Test
    void aDeployThatMayNotWaitForTheLockExitsWith8NamingTheHolder(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        HandRevisions.chain(migrations.resolve("versions"), 1, null);
        Map<String, String> environment = new HashMap<>(DeployRun.environment(database, migrations));
        environment.put("RETORT_MIGRATION_LOCK_WAIT", "1s");

        try (VersionTableLock held = VersionTableLock.acquire(database.connect(), VersionTableName.DEFAULT,
                Duration.ZERO, (holder, waited) -> { })) {
            DeployRun.Result result = DeployRun.start(dir, environment, "upgrade").finish(120);
            assertThat(result.cli().exitCode()).as("%s", result.cli()).isEqualTo(ExitCode.LOCKED);
            assertThat(result.events("upgrade", "waiting for the lock on public.retort_version, held by pid "))
                    .hasSize(1);
            assertThat(result.cli().errLines()).singleElement().asString().startsWith("retort upgrade: gave up "
                    + "after 1 s waiting for the lock on public.retort_version, held by pid ");
        }
        assertThat(database.queryColumn("select to_regclass('public.step_01')")).containsExactly((String) null);
    }

    @Test
    void lockAndStatementTimeoutsComeFromTheEnvironmentAndStopARevisionThatWaitsTooLong(TestDatabase database,
            @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        HandRevisions.chain(migrations.resolve("versions"), 2,
                n -> n == 2 ? "ALTER TABLE public.step_01 ADD COLUMN note text;" : null);
        Map<String, String> environment = new HashMap<>(DeployRun.environment(database, migrations));
        assertThat(DeployRun.start(dir, environment, "upgrade", "rev01").finish(120).cli().exitCode()).isZero();

        environment.put("RETORT_MIGRATION_LOCK_TIMEOUT", "300ms");
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("LOCK TABLE public.step_01 IN ACCESS SHARE MODE"); // a long report reading the table
            DeployRun.Result blocked = DeployRun.start(dir, environment, "upgrade").finish(120);
            assertThat(blocked.cli().exitCode()).as("%s", blocked.cli()).isEqualTo(ExitCode.ERROR);
            assertThat(blocked.cli().errLines()).singleElement().asString()
                    .contains("ERROR: canceling statement due to lock timeout (revision rev02 rolled back; the "
                            + "database stays at rev01)");
            reader.rollback();
        }

        Revision slow = HandRevisions.write(migrations.resolve("versions"), "rev03", List.of("rev02"), 3, "slow",
                "SELECT pg_sleep(3)", "SELECT 1");
        environment.put("RETORT_MIGRATION_STATEMENT_TIMEOUT", "500ms");
        DeployRun.Result timedOut = DeployRun.start(dir, environment, "upgrade").finish(120);
        assertThat(timedOut.cli().exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(timedOut.cli().errLines()).containsExactly("retort upgrade: " + slow.file() + ":"
                + slow.upgrade().statements().get(0).line() + ": ERROR: canceling "
                + "statement due to statement timeout (revision rev03 rolled back; the database stays at rev02)");
        assertThat(database.queryColumn("select revision from retort_version order by 1"))
                .containsExactly("rev01", "rev02");
    }

    @Test
    void severalHeadsStopADeployWithExitCode6(TestDatabase database, @TempDir Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        HandRevisions.write(versions, "base1", List.of(), 0, "base", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "left1", List.of("base1"), 1, "left", "SELECT 1", "SELECT 1");
        HandRevisions.write(versions, "right1", List.of("base1"), 2, "right", "SELECT 1", "SELECT 1");

        DeployRun.Result result = DeployRun.start(dir, DeployRun.environment(database, dir.resolve("migrations")),
                "upgrade", "head").finish(120);
        assertThat(result.cli().exitCode()).isEqualTo(ExitCode.MULTIPLE_HEADS);
        assertThat(result.cli().out()).isEmpty();
        assertThat(result.cli().errLines()).singleElement().asString().startsWith("retort upgrade: several heads: ")
                .endsWith("run 'retort merge' to join them");
        assertThat(Files.exists(dir.resolve("retort.properties"))).isFalse();
        assertThat(database.queryColumn("select to_regclass('public.retort_version')"))
                .containsExactly((String) null);
    }
}
