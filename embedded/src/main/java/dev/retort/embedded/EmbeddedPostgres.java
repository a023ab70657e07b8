package dev.retort.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A throwaway PostgreSQL server on the loopback interface, from Maven Central binaries, that is gone when this
 * process ends: {@link #close()} stops it and removes its data directory, and so does a shutdown hook on Ctrl-C,
 * {@code kill} or {@code System.exit}; on Linux the server also dies with this process when it is killed outright.
 *
 * <p>The first start on a machine unpacks the binaries and runs initdb into the cache (a few seconds); later starts
 * copy the initialized template and start the server (a fraction of a second). The superuser is {@code postgres},
 * trusted without a password, and only this machine can connect.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** What a start did and how long each part took, in milliseconds. */
    public record Startup(String version, boolean unpacked, long unpackMillis, boolean initialized,
                          long initdbMillis, long copyMillis, long serverMillis) {
        public long totalMillis() {
            return unpackMillis + initdbMillis + copyMillis + serverMillis;
        }
    }

    private static final String USER = "postgres";
    private static final int PORT_ATTEMPTS = 3;

    private final ScratchDirectory data;
    private final int port;
    private final Startup startup;

    private EmbeddedPostgres(ScratchDirectory data, int port, Startup startup) {
        this.data = data;
        this.port = port;
        this.startup = startup;
    }

    /** Starts a server with the given binaries and cache; fails in one line saying why and what to do instead. */
    public static EmbeddedPostgres start(EmbeddedSettings settings) throws EmbeddedPostgresException {
        return start(settings, BinariesArchive.defaultMavenRepository());
    }

    static EmbeddedPostgres start(EmbeddedSettings settings, Path mavenRepository) throws EmbeddedPostgresException {
        long begin = System.nanoTime();
        Platform platform = Platform.current();
        if (platform.system().equals("windows")) {
            throw new EmbeddedPostgresException("the embedded PostgreSQL runs on Linux and macOS only");
        }
        Launcher launcher = Launcher.forCurrentUser(platform);
        BinariesArchive archive = BinariesArchive.locate(settings.postgresVersion(), platform, mavenRepository);
        Installation installation = Installation.ensure(archive, settings.cacheDirectory());
        long unpacked = System.nanoTime();
        ClusterTemplate template = ClusterTemplate.of(installation, settings.cacheDirectory());
        boolean initialize = !template.isReady();
        if (initialize) {
            template.create(installation, launcher);
        }
        long initialized = System.nanoTime();
        RunDirectories.removeStale();
        ScratchDirectory data;
        try {
            data = RunDirectories.create();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("cannot create the embedded server's data directory in "
                    + RunDirectories.parent() + ": " + Installation.describe(e)
                    + " (set -Djava.io.tmpdir to a writable directory)", e);
        }
        try {
            template.copyTo(data.path());
            long copied = System.nanoTime();
            int port = launch(installation, launcher, data);
            Startup startup = new Startup(installation.version(), installation.unpacked(), millis(begin, unpacked),
                    initialize, millis(unpacked, initialized), millis(initialized, copied),
                    millis(copied, System.nanoTime()));
            return new EmbeddedPostgres(data, port, startup);
        } catch (IOException e) {
            data.close();
            throw new EmbeddedPostgresException("cannot prepare the embedded server's data directory " + data.path()
                    + ": " + Installation.describe(e), e);
        } catch (EmbeddedPostgresException | RuntimeException e) {
            data.close();
            throw e;
        }
    }

    /** Starts the server on a free port; a port taken meanwhile by someone else means another try. */
    private static int launch(Installation installation, Launcher launcher, ScratchDirectory data)
            throws EmbeddedPostgresException, IOException {
        Readiness.Failure last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            Readiness.Failure failure = ServerProcess.start(installation, launcher, data, port);
            if (failure == null) {
                return port;
            }
            last = failure;
            if (!failure.portTaken()) {
                break;
            }
        }
        throw new EmbeddedPostgresException("the embedded PostgreSQL " + installation.version() + " did not start ("
                + launcher.describe() + "): " + last.reason());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/DATABASE}; the {@code postgres} database always exists. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The superuser, trusted without a password. */
    public String user() {
        return USER;
    }

    public int port() {
        return port;
    }

    /** The binaries version, such as {@code 15.19.0}. */
    public String version() {
        return startup.version();
    }

    public Startup startup() {
        return startup;
    }

    /** The server's process id (the postmaster). */
    public long pid() {
        return data.process().orElseThrow().pid();
    }

    /** The server's data directory (gone after {@link #close()}). */
    public Path dataDirectory() {
        return data.path();
    }

    /** Stops the server (immediate shutdown: nothing in it is worth a checkpoint) and removes its files. */
    @Override
    public void close() {
        data.close();
    }

    /** Runs a server process from a thread that lives as long as the server (see {@link Launcher}). */
    private static final class ServerProcess {

                static Readiness.Failure start(Installation installation, Launcher launcher, ScratchDirectory data, int port)
                throws EmbeddedPostgresException {
            Path log = data.path().resolve("server.log");
            ProcessBuilder builder = launcher.server(installation.program("postgres"), arguments(data.path(), port))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            CompletableFuture<Process> started = new CompletableFuture<>();
            // The server's parent is the thread that starts it: setpriv --pdeathsig fires when that thread ends,
            // so it must be a thread that ends only with the server or with the JVM.
            Thread keeper = new Thread(() -> {
                try {
                    Process process = builder.start();
                    started.complete(process);
                    process.waitFor();
                } catch (IOException | RuntimeException e) {
                    started.completeExceptionally(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "retort-embedded-postgres-" + port);
            keeper.setDaemon(true);
            keeper.start();
            Process process;
            try {
                process = started.get();
            } catch (ExecutionException e) {
                throw new EmbeddedPostgresException("cannot run " + installation.program("postgres") + ": "
                        + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedPostgresException("interrupted while starting the embedded PostgreSQL", e);
            }
            data.attach(process, ScratchDirectory.Stop.POSTGRES_IMMEDIATE);
            return Readiness.await(process, data.path(), log);
        }

        private static List<String> arguments(Path data, int port) {
            return List.of("-D", data.toString(), "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                    // a throwaway server: durability buys nothing
                    "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off",
                    "-c", "autovacuum=off", "-c", "jit=off", "-c", "max_connections=100",
                    "-c", "shared_buffers=32MB", "-c", "timezone=UTC", "-c", "log_timezone=UTC",
                    "-c", "lc_messages=C");
        }
    }
}
