package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresServerTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabaseThatIsDroppedAfterwards(TestDatabase database) {
        assertThat(database.queryColumn("select current_database()")).containsExactly(database.name());
        assertThat(database.queryColumn(
                "select count(*) from pg_tables where schemaname not in ('pg_catalog','information_schema')"))
                .containsExactly("0");
        TestDatabase other = PostgresServer.get().createDatabase();
        other.close();
        assertThat(database.queryColumn("select count(*) from pg_database where datname = '" + other.name() + "'"))
                .containsExactly("0");
    }

    @Test
    void aDatabaseATestForgetsToCloseIsDroppedAtTheEndOfTheRun() throws Exception {
        PostgresServer server = PostgresServer.get();
        TestDatabase forgotten = server.createDatabase();
        TestDatabase closed = server.createDatabase();
        closed.close();

        assertThat(server.dropLeftovers()).contains(forgotten.name()).doesNotContain(closed.name());
        assertThat(server.dropLeftovers()).isEmpty();
        assertThat(exists(server, forgotten.name())).as("the forgotten database is still there").isFalse();
    }

    @Test
    void aDatabaseServingTheWholeRunIsNoLeftoverOfTheTestThatCreatedItFirst() throws Exception {
        PostgresServer server = PostgresServer.get();
        TestDatabase shared = server.createDatabaseForTheRun();

        assertThat(server.dropLeftovers()).doesNotContain(shared.name());
        assertThat(exists(server, shared.name())).as("the database serving the run was dropped").isTrue();
        shared.close();
    }

    @Test
    void aHistoryScratchDatabaseRetortLeftIsDroppedWithItsTestDatabaseOnly() throws Exception {
        PostgresServer server = PostgresServer.get();
        TestDatabase database = server.createDatabase();
        TestDatabase other = server.createDatabase();
        String left = "retort_history_0badcafe_" + database.name();
        String others = "retort_history_0badcafe_" + other.name();
        server.create(left);
        server.create(others);

        database.close();
        assertThat(exists(server, left)).as(left).isFalse();
        assertThat(exists(server, others)).as(others).isTrue();

        other.close();
        assertThat(exists(server, others)).as(others).isFalse();
    }

    private static boolean exists(PostgresServer server, String database) throws SQLException {
        try (Connection admin = server.admin(); Statement statement = admin.createStatement();
             ResultSet found = statement.executeQuery("select 1 from pg_database where datname = '" + database
                     + "'")) {
            return found.next();
        }
    }

    @Test
    void withNoOtherServerReachableTheEmbeddedOneIsChosen() throws Exception {
        // a network namespace of its own: no Docker, no 127.0.0.1:5432, only what the JVM starts itself
        String chosen = serverChosenIn(List.of("unshare", "-U", "-r", "-n", "sh", "-c",
                "ip link set lo up && exec \"$@\"", "sh"), Map.of());

        assertThat(chosen).startsWith("source embedded PostgreSQL 15.19.0 (started in ");
    }

    @Test
    void retortTestDatabaseEmbeddedChoosesTheEmbeddedServerEvenWhenOthersAnswer() throws Exception {
        assertThat(serverChosenIn(List.of(), Map.of("RETORT_TEST_DATABASE", "embedded")))
                .startsWith("source embedded PostgreSQL 15.19.0");
        assertThat(serverChosenIn(List.of(), Map.of("RETORT_TEST_DATABASE", "local")))
                .isEqualTo("failed RETORT_TEST_DATABASE=local: the only value is 'embedded' (unset it to try Docker,"
                        + " RETORT_TEST_DATABASE_URL, the local server, then the embedded one)");
    }

    /** What {@link PrintServerSource} prints in a JVM started through {@code wrapper} with {@code environment}. */
    private static String serverChosenIn(List<String> wrapper, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PrintServerSource.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("RETORT_"));
        builder.environment().put("RETORT_TEST_DOCKER", "false");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output.lines().filter(l -> l.startsWith("source ") || l.startsWith("failed ")).findFirst()
                .orElseThrow(() -> new AssertionError(output));
    }

    @Test
    void aDatabaseUrlKeepsTheServerAndSwapsOnlyTheDatabase() {
        PostgresServer server = PostgresServer.of("jdbc:postgresql://db:6543/admin?ssl=false", "u", "p", "x");
        assertThat(server.urlFor("other")).isEqualTo("jdbc:postgresql://db:6543/other?ssl=false");
    }
}
