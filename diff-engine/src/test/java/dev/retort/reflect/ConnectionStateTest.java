package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

@ExtendWith(PostgresExtension.class)
class ConnectionStateTest {

    private final PostgresReflector reflector = new PostgresReflector();

    @Test
    void insideAnOpenTransactionItSeesUncommittedDdlAndLeavesTheTransactionAsItWas(TestDatabase database)
            throws Exception {
        try (Connection connection = database.connect()) {
            execute(connection, "set search_path = app_path, public");
            connection.setAutoCommit(false);
            execute(connection, "create schema scratch");
            execute(connection, "create table scratch.draft (id int primary key, name text)");
            execute(connection, "set local timezone = 'Asia/Tokyo'");

            SchemaModel model = reflector.reflect(connection, ReflectionScope.of("scratch"));

            assertThat(model.tables()).extracting(Table::name)
                    .containsExactly(QualifiedName.of("scratch", "draft"));
            assertThat(state(connection)).isEqualTo(TransactionState.OPEN);
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(query(connection, "show search_path")).isEqualTo("app_path, public");
            assertThat(query(connection, "show timezone")).isEqualTo("Asia/Tokyo");
            assertThat(query(connection, "show transaction_read_only")).isEqualTo("off");
            assertThat(query(connection, "select count(*) from scratch.draft")).isEqualTo("0");
            connection.rollback();
            assertThat(query(connection, "select count(*) from pg_namespace where nspname = 'scratch'"))
                    .isEqualTo("0");
            assertThat(connection.isClosed()).isFalse();
        }
    }

    @Test
    void onAnAutocommitConnectionAutocommitStaysOnAndNoTransactionIsLeftOpen(TestDatabase database)
            throws Exception {
        database.execute("create table t (id int)");
        try (Connection connection = database.connect()) {
            execute(connection, "set search_path = somewhere_else");

            reflector.reflect(connection, ReflectionScope.of("public"));

            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(state(connection)).isEqualTo(TransactionState.IDLE);
            assertThat(query(connection, "show search_path")).isEqualTo("somewhere_else");
            assertThat(query(connection, "show timezone")).isNotEqualTo("Asia/Tokyo");
            assertThat(connection.isClosed()).isFalse();
        }
    }

    @Test
    void withAutocommitOffAndNoTransactionYetNoTransactionIsLeftOpen(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);

            reflector.reflect(connection, ReflectionScope.of("public"));

            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(state(connection)).isEqualTo(TransactionState.IDLE);
        }
    }

    @Test
    void anAbortedTransactionIsRefusedAndLeftAlone(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> execute(connection, "select 1/0")).isInstanceOf(SQLException.class);

            assertThatThrownBy(() -> reflector.reflect(connection, ReflectionScope.of("public")))
                    .isInstanceOf(ReflectionException.class)
                    .hasMessage("the connection's transaction is aborted by an earlier error;"
                            + " roll it back before reading the schema");
            assertThat(state(connection)).isEqualTo(TransactionState.FAILED);
        }
    }

    @Test
    void aCatalogQueryThatFailsIsReportedAndTheCallersTransactionSurvives(TestDatabase database)
            throws Exception {
        String role = "retort_reader_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        database.execute("create role " + role + " login password 'reader'",
                "revoke select on pg_catalog.pg_sequence from public", "create sequence s");
        try (Connection connection = DriverManager.getConnection(database.url(), role, "reader")) {
            assertThatThrownBy(() -> reflector.reflect(connection, ReflectionScope.of("public")))
                    .isInstanceOf(ReflectionException.class)
                    .hasMessage("cannot read schemas [public]: ERROR: permission denied for table pg_sequence");
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(state(connection)).isEqualTo(TransactionState.IDLE);

            connection.setAutoCommit(false);
            execute(connection, "create temporary table kept (id int)");
            assertThatThrownBy(() -> reflector.reflect(connection, ReflectionScope.of("public")))
                    .isInstanceOf(ReflectionException.class);
            assertThat(state(connection)).isEqualTo(TransactionState.OPEN);
            assertThat(query(connection, "select count(*) from kept")).isEqualTo("0");
            connection.rollback();
        } finally {
            database.execute("drop owned by " + role, "drop role " + role);
        }
    }

    private static TransactionState state(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
