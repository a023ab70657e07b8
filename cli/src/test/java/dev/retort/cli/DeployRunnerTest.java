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
                .replaceAll("\\(\\d+ ms,", "(N ms,")).containsExactly(
                "retort upgrade: upgraded rev01 step 1 (N ms, 0 destructive statements)",
                "retort upgrade: upgraded rev02 step 2 (N ms, 0 destructive statements)",
                "retort upgrade: upgraded rev03 step 3 (N ms, 0 destructive statements)");
        assertThat(lines.get(4)).endsWith("retort upgrade: done: 3 revision(s) upgraded; the database is at rev03");
        assertThat(first.cli().allOutput()).doesNotContain(secret);

        environment.remove("RETORT_LOG_TIMESTAMPS");
        DeployRun.Result again = DeployRun.start(dir, environment, "upgrade", "head").finish(120);
        assertThat(again.cli().exitCode()).isZero();
        assertThat(again.cli().out().lines()).last().isEqualTo("retort upgrade: nothing to do: the database is "
                + "already at head (rev03)");
    }

    @Test
    void aDeployJobPrintsTheOfflineSqlAndARevisionInFull(TestDatabase database, @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        List<Revision> chain = HandRevisions.chain(migrations.resolve("versions"), 2, null);
        Map<String, String> environment = DeployRun.environment(database, migrations);

        DeployRun.Result sql = DeployRun.start(dir, environment, "upgrade", "--sql", "head").finish(120);
        assertThat(sql.cli().exitCode()).isZero();
        assertThat(sql.cli().out()).startsWith("-- retort upgrade --sql base:head: 2 revisions")
                .contains("-- upgrade rev02: step 2 (migrations/versions/rev02_step_2.sql)")
                .endsWith("SELECT pg_catalog.pg_advisory_unlock(-6000398394032713877);\n");
        DeployRun.Result show = DeployRun.start(dir, environment, "show", "head").finish(120);
        assertThat(show.cli().out()).isEqualTo(Files.readString(chain.get(1).file()));
        assertThat(database.queryColumn("select to_regclass('public.retort_version')"))
                .containsExactly((String) null);
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
                    .contains("ERROR: canceling statement due to lock timeout; it waited for a lock on public.step_01,"
                            + " which pid ")
                    .contains("(AccessShareLock; idle in transaction, its transaction open for ")
                    .endsWith("(revision rev02 rolled back; the database stays at rev01)");
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

    @Test
    void aFailingNoTransactionBlockSaysExactlyWhatRanAndWhatToStamp(TestDatabase database, @TempDir Path dir)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        List<Revision> chain = HandRevisions.chain(migrations.resolve("versions"), 2, n -> n == 2 ? """
                -- retort:no-transaction
                CREATE INDEX CONCURRENTLY step_02_id ON public.step_02 (id);
                CREATE INDEX CONCURRENTLY no_table_id ON public.no_table (id);""" : null);
        List<Integer> lines = chain.get(1).upgrade().statements().stream().map(s -> s.line()).toList();

        DeployRun.Result result = DeployRun.start(dir, DeployRun.environment(database, migrations), "upgrade")
                .finish(120);
        assertThat(result.cli().exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.cli().errLines()).containsExactly("retort upgrade: " + chain.get(1).file() + ":"
                + lines.get(3) + ": ERROR: relation \"public.no_table\" does not exist; revision rev02 is partly "
                + "applied: the statements at lines " + lines.get(0) + ", " + lines.get(1) + ", " + lines.get(2)
                + " ran and stay committed, none after it was left, and the version table still records it as not "
                + "applied: undo what ran by hand and run 'retort upgrade' again, or finish the rest by hand and "
                + "run 'retort stamp rev02'");
        assertThat(database.queryColumn("select revision from retort_version")).containsExactly("rev01");
        assertThat(database.queryColumn("select to_regclass('public.step_02_id') is not null"))
                .containsExactly("t");
    }

    @Test
    void aDatabaseUpgradedByRetort01IsBroughtToTheNewVersionTableByTheNextDeploy(TestDatabase database,
            @TempDir Path dir) throws Exception {
        Path migrations = dir.resolve("migrations");
        HandRevisions.chain(migrations.resolve("versions"), 2, null);
        Map<String, String> environment = DeployRun.environment(database, migrations);
        assertThat(DeployRun.start(dir, environment, "upgrade", "rev01").finish(120).cli().exitCode()).isZero();
        // What retort 0.1 left: its two columns only.
        database.execute("alter table retort_version drop column checksum, drop column applied_by_db_user, "
                + "drop column applied_by_os_user, drop column duration_ms, drop column retort_version");

        DeployRun.Result history = DeployRun.start(dir, environment, "--verbose", "history").finish(120);
        assertThat(history.cli().out()).contains("    applied ", " by retort 0.1, which kept no audit trail");
        assertThat(columns(database)).as("reading changes nothing").hasSize(2);

        assertThat(DeployRun.start(dir, environment, "upgrade").finish(120).cli().exitCode()).isZero();
        assertThat(columns(database)).hasSize(7);
        assertThat(database.queryColumn("select revision || ' ' || (checksum is null) || ' ' || "
                + "(applied_by_db_user is null) from retort_version order by 1"))
                .containsExactly("rev01 true true", "rev02 false false");
    }

    private static List<String> columns(TestDatabase database) {
        return database.queryColumn("select column_name from information_schema.columns where table_name = "
                + "'retort_version'");
    }
}
