package dev.retort.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The script runner under an {@link Interruption}, on a real PostgreSQL: what it cancels, refuses and keeps. */
@ExtendWith(PostgresExtension.class)
class InterruptionTest {

    private static final String LONG = """
            -- retort:revision aaaa00000001
            -- retort:parents
            -- retort:message long
            -- retort:created 2026-11-22T08:00:00Z

            -- retort:upgrade

            CREATE TABLE orders (id bigint PRIMARY KEY);

            SELECT pg_sleep(30);

            -- retort:downgrade

            DROP TABLE orders;
            """;

    @TempDir
    Path versions;

    private final VersionTable versionTable = VersionTable.standard();

    @Test
    void unarmedARequestIsRefusedAndChangesNothing() {
        Interruption interruption = new Interruption();

        assertThat(interruption.request(15)).isFalse();
        assertThat(interruption.requested()).isFalse();
        try (Interruption.Armed armed = interruption.arm()) {
            assertThat(interruption.request(15)).isTrue();
        }
        assertThat(interruption.armed()).isFalse();
        assertThat(interruption.signal()).isEqualTo(15);
    }

    @Test
    void aStatementInFlightIsCancelledAndItsRevisionRolledBack(TestDatabase database) throws Exception {
        Revision revision = write(LONG);
        Interruption interruption = new Interruption();
        ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"), interruption);

        try (Connection connection = database.connect(); Interruption.Armed armed = interruption.arm()) {
            versionTable.ensureExists(connection);
            CompletableFuture<Long> upgrading = CompletableFuture.supplyAsync(() -> upgrade(runner, connection,
                    revision));
            while (database.queryColumn("select pid from pg_stat_activity where datname = current_database() and "
                    + "state = 'active' and query like 'SELECT pg_sleep(30)%'").isEmpty()) {
                Thread.sleep(20);
            }
            long requested = System.nanoTime();
            interruption.request(15);
            interruption.cancelRunning();

            assertThatThrownBy(() -> upgrading.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ScriptFailedException.class)
                    .hasMessageEndingWith("ERROR: canceling statement due to user request");
            assertThat((System.nanoTime() - requested) / 1_000_000).isLessThan(2000);
        }
        assertThat(database.queryColumn("select to_regclass('public.orders')")).containsExactly((String) null);
        assertThat(database.queryColumn("select count(*) from retort_version")).containsExactly("0");
    }

    @Test
    void afterARequestNoStatementStarts(TestDatabase database) throws Exception {
        Revision revision = write(LONG);
        Interruption interruption = new Interruption();
        ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"), interruption);

        try (Connection connection = database.connect(); Interruption.Armed armed = interruption.arm()) {
            versionTable.ensureExists(connection);
            interruption.request(2);

            assertThatThrownBy(() -> runner.upgrade(connection, revision)).isInstanceOf(ScriptFailedException.class)
                    .hasMessage(revision.file() + ":" + revision.upgrade().statements().get(0).line()
                            + ": not started: retort was interrupted");
        }
        assertThat(database.queryColumn("select to_regclass('public.orders')")).containsExactly((String) null);
    }

    private static long upgrade(ScriptRunner runner, Connection connection, Revision revision) {
        try {
            return runner.upgrade(connection, revision);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Revision write(String text) throws Exception {
        Files.writeString(versions.resolve("aaaa00000001.sql"), text);
        return RevisionDirectory.loadGraph(versions).revision("aaaa00000001");
    }
}
