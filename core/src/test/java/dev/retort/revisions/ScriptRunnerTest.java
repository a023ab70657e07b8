package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upgrades and downgrades revision files on a real PostgreSQL, one transaction per revision. */
@ExtendWith(PostgresExtension.class)
class ScriptRunnerTest {

    private static final String FIRST = """
            -- retort:revision aaaa00000001
            -- retort:parents
            -- retort:message orders
            -- retort:created 2026-11-22T08:00:00Z

            -- retort:upgrade

            -- entity Order
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                note text DEFAULT 'a;b'
            );

            -- retort:downgrade

            -- entity Order
            -- DESTRUCTIVE: may lose data
            DROP TABLE orders;
            """;

    private static final String SECOND = """
            -- retort:revision bbbb00000002
            -- retort:parents aaaa00000001
            -- retort:message order lines
            -- retort:created 2026-11-23T08:00:00Z

            -- retort:upgrade

            CREATE TABLE order_line (
                order_id bigint NOT NULL REFERENCES orders (id),
                qty integer NOT NULL
            );

            CREATE FUNCTION line_count() RETURNS bigint LANGUAGE plpgsql AS $$
            BEGIN
                RETURN (SELECT count(*) FROM order_line);
            END;
            $$;

            -- retort:downgrade

            DROP FUNCTION line_count();

            DROP TABLE order_line;
            """;

    @TempDir
    Path versions;

    private final VersionTable versionTable = VersionTable.standard();
    private final ScriptRunner runner = new ScriptRunner(versionTable, new AppliedBy("tester", "test"));

    @Test
    void twoRevisionsUpgradeAndDowngradeAndTheVersionTableFollows(TestDatabase database) throws Exception {
        RevisionGraph graph = graph(FIRST, SECOND);

        upgrade(database, graph, "head");

        assertThat(tables(database)).containsExactly("order_line", "orders", "retort_version");
        assertThat(database.queryColumn("select line_count()")).containsExactly("0");
        assertThat(applied(database)).containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002");

        downgrade(database, graph, "-1");

        assertThat(tables(database)).containsExactly("orders", "retort_version");
        assertThat(database.queryColumn("select count(*) from pg_proc where proname = 'line_count'"))
                .containsExactly("0");
        assertThat(applied(database)).containsExactly("aaaa00000001");

        downgrade(database, graph, "base");

        assertThat(tables(database)).containsExactly("retort_version");
        assertThat(applied(database)).isEmpty();
    }

    @Test
    void aFailingStatementRollsBackItsWholeRevisionAndNamesTheFileAndLine(TestDatabase database) throws Exception {
        RevisionGraph graph = graph(FIRST, SECOND.replace("""
                CREATE FUNCTION line_count()""", """
                UPDATE orders
                   SET note = foo
                 WHERE id = 1;

                CREATE FUNCTION line_count()"""));
        Path second = graph.revision("bbbb00000002").file();

        assertThatThrownBy(() -> upgrade(database, graph, "head"))
                .isInstanceOf(ScriptFailedException.class)
                .hasMessage(second + ":14: ERROR: column \"foo\" does not exist")
                .satisfies(e -> assertThat(((ScriptFailedException) e).line()).isEqualTo(14));

        assertThat(Files.readAllLines(second).get(13)).isEqualTo("   SET note = foo");
        assertThat(tables(database)).containsExactly("orders", "retort_version");
        assertThat(applied(database)).containsExactly("aaaa00000001");
    }

    @Test
    void withoutAPositionTheStatementsFirstLineIsNamedWithDetailOnTheSameLine(TestDatabase database)
            throws Exception {
        RevisionGraph graph = graph(FIRST.replace("-- retort:downgrade", """
                INSERT INTO orders (id) VALUES (1);

                INSERT INTO orders (id)
                VALUES (1);

                -- retort:downgrade"""));
        Path first = graph.revision("aaaa00000001").file();

        assertThatThrownBy(() -> upgrade(database, graph, "head"))
                .isInstanceOf(ScriptFailedException.class)
                .hasMessage(first + ":16: ERROR: duplicate key value violates unique constraint \"orders_pkey\" "
                        + "DETAIL: Key (id)=(1) already exists.");
        assertThat(tables(database)).containsExactly("retort_version");
        assertThat(applied(database)).isEmpty();
    }

    @Test
    void theRunnerOpensItsOwnTransactionsAndRefusesOneThatIsOpen(TestDatabase database) throws Exception {
        RevisionGraph graph = graph(FIRST);
        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> runner.upgrade(connection, graph.revision("aaaa00000001")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("turn auto-commit on");
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> ScriptRunner.run(connection, Path.of("x.sql"), Script.parse("select 1")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("turn auto-commit off");
        }
        assertThat(tables(database)).containsExactly("retort_version");
        assertThat(applied(database)).isEmpty();
    }

    private RevisionGraph graph(String... texts) throws Exception {
        for (String text : texts) {
            String id = text.lines().findFirst().orElseThrow().substring("-- retort:revision ".length());
            Files.writeString(versions.resolve(id + ".sql"), text);
        }
        return RevisionDirectory.loadGraph(versions);
    }

    /** What the upgrade workflow does: the runner commits each revision with its row. */
    private void upgrade(TestDatabase database, RevisionGraph graph, String target) throws SQLException {
        try (Connection connection = database.connect()) {
            versionTable.ensureExists(connection);
            for (Revision revision : graph.upgradePath(versionTable.applied(connection), target)) {
                runner.upgrade(connection, revision);
            }
        }
    }

    private void downgrade(TestDatabase database, RevisionGraph graph, String target) throws SQLException {
        try (Connection connection = database.connect()) {
            for (Revision revision : graph.downgradePath(versionTable.applied(connection), target)) {
                runner.downgrade(connection, revision);
            }
        }
    }

    private static List<String> tables(TestDatabase database) {
        return database.queryColumn("select tablename from pg_tables where schemaname = 'public' order by 1");
    }

    private Set<String> applied(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return versionTable.applied(connection);
        }
    }
}
