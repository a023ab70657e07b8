package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server in this JVM: a cold start, warm starts, and what is left after close (nothing). */
class EmbeddedPostgresTest {

    @TempDir
    static Path cache;

    private static EmbeddedPostgres.Startup cold;

    @BeforeAll
    static void startColdOnce() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(new EmbeddedSettings("", cache))) {
            cold = server.startup();
        }
    }

    @Test
    void theFirstStartUnpacksTheBinariesAndInitializesATemplateThatLaterStartsOnlyCopy() throws Exception {
        assertThat(cold.unpacked()).isTrue();
        assertThat(cold.initialized()).isTrue();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList()).as("the cache, and no scratch")
                    .containsExactly("cluster-15.19.0-" + Platform.current() + "-c-utf8-wal1-v1",
                            "postgres-15.19.0-" + Platform.current());
        }
        try (EmbeddedPostgres warm = EmbeddedPostgres.start(new EmbeddedSettings("", cache))) {
            assertThat(warm.startup().unpacked()).isFalse();
            assertThat(warm.startup().initialized()).isFalse();
            assertThat(warm.startup().unpackMillis() + warm.startup().initdbMillis()).as("%s", warm.startup())
                    .isLessThan(cold.unpackMillis() + cold.initdbMillis());
        }
    }

    @Test
    void theServerIsTheBundledPostgresAndTrustsItsSuperuserOnTheLoopback() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(new EmbeddedSettings("15", cache))) {
            assertThat(server.version()).isEqualTo("15.19.0");
            assertThat(server.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres");
            assertThat(query(server, "select version()")).startsWith("PostgreSQL 15.19");
            assertThat(query(server, "select current_user")).isEqualTo("postgres");
            assertThat(query(server, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(query(server, "show server_encoding")).isEqualTo("UTF8");
            assertThat(query(server, "show log_timezone")).isEqualTo("UTC");
        }
    }

    @Test
    void closingStopsTheServerAndItsChildrenAndRemovesTheDataDirectory() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(new EmbeddedSettings("", cache));
        ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
        List<ProcessHandle> children = postmaster.children().toList();
        Path data = server.dataDirectory();
        assertThat(children).as("checkpointer, writer, ...").isNotEmpty();
        assertThat(data.resolve("postmaster.pid")).exists();

        server.close();

        assertThat(postmaster.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(data).doesNotExist();
        server.close(); // twice is fine
    }

    @Test
    void twoServersRunSideBySideEachWithItsOwnDataDirectory() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(new EmbeddedSettings("", cache));
             EmbeddedPostgres second = EmbeddedPostgres.start(new EmbeddedSettings("", cache))) {
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(first.dataDirectory()).isNotEqualTo(second.dataDirectory());
            execute(first, "create table only_in_first (id int)");
            assertThat(query(second, "select count(*) from pg_tables where tablename = 'only_in_first'")).isEqualTo("0");
        }
    }

    @Test
    void twoStartsOnAColdCacheAtOnceBothGetAServer(@TempDir Path coldCache) throws Exception {
        // as two CI jobs on one machine: both unpack and initialize, one rename wins, the other uses the winner's
        EmbeddedSettings settings = new EmbeddedSettings("", coldCache);
        java.util.concurrent.Callable<String> start = () -> {
            try (EmbeddedPostgres server = EmbeddedPostgres.start(settings)) {
                return query(server, "select 'up'");
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> both = pool.invokeAll(List.of(start, start));
            assertThat(both.get(0).get()).isEqualTo("up");
            assertThat(both.get(1).get()).isEqualTo("up");
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> entries = Files.list(coldCache)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("scratch directories").isEmpty();
        }
    }

    static String query(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
