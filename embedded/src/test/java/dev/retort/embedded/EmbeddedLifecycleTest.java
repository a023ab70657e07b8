package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.embedded.testing.ChildJvm;
import dev.retort.embedded.testing.Leftovers;
import dev.retort.embedded.testing.ServerHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code java} process holding an embedded server is interrupted the ways a user or CI interrupts it; the
 * server, its children and its data directory must be gone afterwards.
 */
class EmbeddedLifecycleTest {

    /** The user's cache, as retort uses it: warm after the first test that needs it. */
    private static final Path cache = EmbeddedSettings.defaultCacheDirectory();

    @BeforeAll
    static void warmTheCache() throws Exception {
        EmbeddedPostgres.start(EmbeddedSettings.defaults()).close();
    }

    @Test
    void ctrlCStopsTheServerAndRemovesItsDataDirectory() throws Exception {
        assertInterruptLeavesNothing("INT");
    }

    @Test
    void sigtermStopsTheServerAndRemovesItsDataDirectory() throws Exception {
        assertInterruptLeavesNothing("TERM");
    }

    private static void assertInterruptLeavesNothing(String signal) throws Exception {
        try (ChildJvm child = ChildJvm.start(ServerHolder.class, cache.toString())) {
            String[] ready = child.awaitLine("ready", "failed").split(" ");
            ProcessHandle server = ProcessHandle.of(Long.parseLong(ready[1])).orElseThrow();
            assertThat(Path.of(ready[2])).isDirectory();
            assertThat(Leftovers.of(child.pid()).processes()).contains(server.pid());

            child.signal(signal);
            child.awaitExit();

            assertThat(server.isAlive()).isFalse();
            assertThat(Leftovers.of(child.pid())).isEqualTo(new Leftovers(List.of(), List.of()));
        }
    }

    @Test
    void aKilledJvmTakesItsServerDownAndTheNextStartRemovesTheDataDirectory() throws Exception {
        try (ChildJvm child = ChildJvm.start(ServerHolder.class, cache.toString())) {
            String[] ready = child.awaitLine("ready", "failed").split(" ");
            ProcessHandle server = ProcessHandle.of(Long.parseLong(ready[1])).orElseThrow();

            child.signal("KILL"); // no shutdown hook runs
            child.awaitExit();

            // setpriv --pdeathsig: the server gets SIGQUIT when its parent thread dies
            server.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(Leftovers.of(child.pid()).processes()).isEmpty();
            // Left behind, unless another JVM on this machine (another build's embedded start) cleaned it already
            assertThat(Leftovers.of(child.pid()).directories()).isSubsetOf(List.of(Path.of(ready[2])));

            EmbeddedPostgres.start(new EmbeddedSettings("", cache)).close();
            assertThat(Leftovers.of(child.pid()).isEmpty()).isTrue();
        }
    }

    @Test
    void anInterruptWhileUnpackingLeavesNoHalfUnpackedDirectory(@TempDir Path coldCache) throws Exception {
        try (ChildJvm child = ChildJvm.start(ServerHolder.class, coldCache.toString())) {
            child.awaitLine("starting");
            awaitScratch(coldCache, ".unpacking-");

            child.signal("TERM");
            child.awaitExit();

            try (Stream<Path> left = Files.list(coldCache)) {
                assertThat(left.toList()).as("a complete installation only appears by renaming").isEmpty();
            }
            assertThat(Leftovers.of(child.pid()).isEmpty()).isTrue();
        }
    }

    @Test
    void aNormalUserRunsTheServerWithoutAUserNamespace(@TempDir Path dir) throws Exception {
        // As root, become nobody (a real unprivileged uid); otherwise the tests already run as a normal user.
        boolean root = Launcher.isRoot();
        Path shared = Files.createTempDirectory("retort-nobody-");
        try {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            String classPath = root ? ClassPathCopy.readableByAll(shared.resolve("classpath")) : System.getProperty(
                    "java.class.path");
            Path userCache = shared.resolve("cache");
            List<String> wrapper = root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
                    : List.of();
            try (ChildJvm child = ChildJvm.start(wrapper, classPath, Map.of("HOME", shared.toString()),
                    ServerHolder.class, userCache.toString())) {
                String[] ready = child.awaitLine("ready", "failed").split(" ", 3);
                assertThat(ready[0]).as(String.join(" ", ready)).isEqualTo("ready");
                ProcessHandle server = ProcessHandle.of(Long.parseLong(ready[1])).orElseThrow();
                assertThat(server.info().command().orElseThrow()).endsWith("/bin/postgres");
                assertThat(server.info().user().orElseThrow()).isNotEqualTo("root");

                child.signal("TERM");
                child.awaitExit();
                assertThat(server.isAlive()).isFalse();
                assertThat(Leftovers.of(child.pid()).isEmpty()).isTrue();
            }
        } finally {
            dev.retort.embedded.ScratchDirectory.deleteTree(shared);
        }
    }

    private static void awaitScratch(Path cacheDirectory, String prefix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(cacheDirectory)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + prefix + " directory appeared in " + cacheDirectory);
    }
}
