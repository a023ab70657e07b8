package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test support's own test: while the suite runs, the noisy neighbour is there to be tolerated. It looks only at
 * the neighbour's database, as every test may look only at its own.
 */
class NoisyNeighbourTest {

    @Test
    void duringTheRunAnotherDatabaseHoldsRetortsLockAndRunsALongQuery() throws Exception {
        PostgresServer server = PostgresServer.get();
        if (NeighbourForEachTestRun.enabled()) {
            isThere(server, NeighbourForEachTestRun.present()
                    .orElseThrow(() -> new AssertionError("no noisy neighbour moved in for this test run")));
        } else {
            // the run has none (-Dretort.test.neighbour=false): the neighbour itself is still tried, one of our own
            try (NoisyNeighbour own = NoisyNeighbour.moveIn(server)) {
                isThere(server, own);
            }
        }
    }

    private static void isThere(PostgresServer server, NoisyNeighbour neighbour) throws SQLException {
        assertThat(rows(server, "select count(*) from pg_database where datname = ?", neighbour.database()))
                .containsExactly("1");
        assertThat(rows(server, "select pid || ' ' || ((classid::bigint << 32) | objid::bigint)::bigint"
                + " from pg_locks where locktype = 'advisory' and granted and objsubid = 1"
                + " and database = (select oid from pg_database where datname = ?) order by 1", neighbour.database()))
                .as("the neighbour's locks, held by its session %d: when they are gone, something on this server"
                        + " ended a session it had not started", neighbour.lockerPid())
                .containsExactlyInAnyOrderElementsOf(NoisyNeighbour.LOCK_KEYS.stream()
                        .map(key -> neighbour.lockerPid() + " " + key).toList());
        assertThat(rows(server, "select state || ': ' || query from pg_stat_activity where datname = ? and pid = "
                + neighbour.sleeperPid(), neighbour.database()))
                .singleElement().asString().startsWith("active: select pg_sleep(");
    }

    @Test
    void aNeighbourThatMovesOutLeavesNoSessionAndNoDatabase() throws Exception {
        PostgresServer server = PostgresServer.get();
        NoisyNeighbour neighbour = NoisyNeighbour.moveIn(server);
        String database = neighbour.database();
        assertThat(rows(server, "select count(*) from pg_stat_activity where datname = ?", database))
                .containsExactly("2");

        neighbour.close();

        assertThat(rows(server, "select count(*) from pg_database where datname = ?", database)).containsExactly("0");
        assertThat(rows(server, "select count(*) from pg_stat_activity where datname = ?", database))
                .containsExactly("0");
    }

    /** The first column of a query whose one parameter is the neighbour's database name. */
    private static List<String> rows(PostgresServer server, String sql, String database) throws SQLException {
        try (Connection admin = server.admin(); PreparedStatement statement = admin.prepareStatement(sql)) {
            statement.setString(1, database);
            try (ResultSet result = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }
}
