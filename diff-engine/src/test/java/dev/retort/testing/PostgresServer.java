package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against, chosen once per JVM in this order:
 * <ol>
 *   <li>a Testcontainers {@code postgres:15} container, when a Docker engine answers;</li>
 *   <li>the server named by {@code RETORT_TEST_DATABASE_URL} (with {@code RETORT_TEST_DATABASE_USER} and
 *       {@code RETORT_TEST_DATABASE_PASSWORD}), which must allow CREATE DATABASE;</li>
 *   <li>the local server at {@code 127.0.0.1:5432}, user {@code postgres};</li>
 *   <li>retort's embedded PostgreSQL (module {@code embedded}), started for this JVM.</li>
 * </ol>
 * {@code RETORT_TEST_DATABASE=embedded} skips the first three: the whole suite then runs on the embedded server
 * alone. When none answers, every test that asks for a database fails with a message naming what was tried:
 * tests never skip silently.
 */
public final class PostgresServer {

    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static PostgresServer instance;
    private static RuntimeException failure;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String source;
    /** Databases this JVM created and has not dropped yet: what a test that forgets to close one leaves behind. */
    private final Set<String> undropped = ConcurrentHashMap.newKeySet();
    /** Databases that serve the whole run (a shared reference), dropped at its end without being called leftovers. */
    private final Set<String> keptForTheRun = ConcurrentHashMap.newKeySet();

    private PostgresServer(String adminUrl, String user, String password, String source) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.source = source;
    }

    public static synchronized PostgresServer get() {
        if (instance == null && failure == null) {
            try {
                instance = locate();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        NeighbourForEachTestRun.serverChosen(instance);
        return instance;
    }

    /** The server, if a test of this JVM has asked for it; never starts one. */
    static synchronized Optional<PostgresServer> ifChosen() {
        return Optional.ofNullable(instance);
    }

    private static PostgresServer locate() {
        List<String> tried = new ArrayList<>();
        String only = envOr("RETORT_TEST_DATABASE", "");
        if (only.equals("embedded")) {
            tried.add("only the embedded server, as RETORT_TEST_DATABASE=embedded says");
            return embedded(tried);
        }
        if (!only.isEmpty()) {
            throw new IllegalStateException("RETORT_TEST_DATABASE=" + only + ": the only value is 'embedded'"
                    + " (unset it to try Docker, RETORT_TEST_DATABASE_URL, the local server, then the embedded one)");
        }
        if (!"false".equalsIgnoreCase(System.getenv("RETORT_TEST_DOCKER"))) {
            PostgresServer container = DockerPostgres.startIfDockerAvailable(tried);
            if (container != null) {
                return container;
            }
        } else {
            tried.add("Testcontainers: disabled by RETORT_TEST_DOCKER=false");
        }
        String envUrl = System.getenv("RETORT_TEST_DATABASE_URL");
        if (envUrl != null && !envUrl.isBlank()) {
            PostgresServer server = new PostgresServer(envUrl, envOr("RETORT_TEST_DATABASE_USER", "postgres"),
                    envOr("RETORT_TEST_DATABASE_PASSWORD", ""), "RETORT_TEST_DATABASE_URL");
            String problem = server.probe();
            if (problem == null) {
                return server;
            }
            throw new IllegalStateException("RETORT_TEST_DATABASE_URL=" + envUrl + " does not answer: " + problem);
        }
        tried.add("RETORT_TEST_DATABASE_URL: not set");
        PostgresServer local = new PostgresServer(LOCAL_URL, "postgres", "", "local server");
        String problem = local.probe();
        if (problem == null) {
            return local;
        }
        tried.add(LOCAL_URL + ": " + problem);
        return embedded(tried);
    }

    private static PostgresServer embedded(List<String> tried) {
        try {
            PostgresServer embedded = EmbeddedTestServer.start(tried);
            if (embedded != null) {
                return embedded;
            }
        } catch (LinkageError e) {
            tried.add("embedded PostgreSQL: not on this module's test class path (" + e + "); add dev.retort:embedded"
                    + " as a test dependency");
        }
        throw new IllegalStateException("No PostgreSQL for the tests. Tried: " + String.join("; ", tried)
                + ". Start Docker, set RETORT_TEST_DATABASE_URL, start the local server, or let the embedded one run.");
    }

    static PostgresServer of(String adminUrl, String user, String password, String source) {
        return new PostgresServer(adminUrl, user, password, source);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private String probe() {
        try (Connection ignored = admin()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** Where the server came from, for test reports. */
    public String source() {
        return source;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new, empty database with a unique name; closing it drops it. */
    public TestDatabase createDatabase() {
        String name = "retort_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        create(name);
        undropped.add(name);
        return new TestDatabase(this, name, urlFor(name));
    }

    void create(String database) {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database + " on " + source + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A new, empty database that serves every test of the run (a shared reference database): not a leftover of the
     * test that happened to create it first, so {@link #dropLeftovers()} leaves it; the end of the run drops it.
     */
    public TestDatabase createDatabaseForTheRun() {
        TestDatabase database = createDatabase();
        undropped.remove(database.name());
        keptForTheRun.add(database.name());
        return database;
    }

    /** Drops the databases {@link #createDatabaseForTheRun()} made: the run is over. */
    void dropKeptForTheRun() {
        List.copyOf(keptForTheRun).forEach(this::drop);
        keptForTheRun.clear();
    }

    TestDatabase copyOf(String database) {
        String name = database + "_copy";
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + database);
            undropped.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy test database " + database + " on " + source + ": "
                    + e.getMessage(), e);
        }
        return new TestDatabase(this, name, urlFor(name));
    }

    void drop(String database) {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            undropped.remove(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops the scratch databases retort's history replay made for {@code database} and did not drop (a retort killed
     * mid-check, or still cleaning up when its test ended: the test's database went first, and with it retort's
     * session that was dropping the scratch), and names them. The name says whose they are
     * ({@code retort_history_<random>_<database>}), so no other test's database is touched.
     */
    List<String> dropHistoryScratchOf(String database) {
        List<String> left = new ArrayList<>();
        try (Connection admin = admin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("select datname from pg_catalog.pg_database where datname like"
                     + " 'retort\\_history\\_%\\_" + database + "' order by 1")) {
            while (rows.next()) {
                left.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the scratch databases of " + database + ": "
                    + e.getMessage(), e);
        }
        left.forEach(this::drop);
        return left;
    }

    /** Drops every test database this JVM created that no test dropped, and names them. */
    List<String> dropLeftovers() {
        List<String> left = List.copyOf(new TreeSet<>(undropped));
        left.forEach(this::drop);
        return left;
    }

    /** The admin URL with its database swapped for another one (query parameters kept). */
    String urlFor(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', Math.max(slash, 0));
        String base = slash < 0 ? adminUrl : adminUrl.substring(0, slash);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base + "/" + database + params;
    }
}
