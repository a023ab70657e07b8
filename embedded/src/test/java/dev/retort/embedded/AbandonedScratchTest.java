package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it unpacked the binaries or initialized the cluster leaves its scratch directory (~50 MB)
 * in the cache: the next start removes it, at once when its owner is gone.
 */
class AbandonedScratchTest {

    @TempDir
    Path cache;

    @Test
    void aScratchDirectoryWhoseProcessIsGoneIsRemovedAtOnceAndALiveOnesIsKept() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path dead = Files.createDirectories(cache.resolve(".unpacking-" + finished.pid() + "-abc"));
        Files.writeString(dead.resolve("postgres"), "half unpacked");
        Path deadInitdb = Files.createDirectories(cache.resolve(".initdb-" + finished.pid() + "-def"));
        Path live = Files.createDirectories(cache.resolve(".unpacking-" + ProcessHandle.current().pid() + "-ghi"));
        Path installed = Files.createDirectories(cache.resolve("postgres-15.19.0-linux-amd64"));

        Installation.removeAbandoned(cache);

        assertThat(dead).doesNotExist();
        assertThat(deadInitdb).doesNotExist();
        assertThat(live).exists();
        assertThat(installed).exists();
    }

    @Test
    void anOldScratchDirectoryOfUnknownOwnerIsRemovedAndARecentOneKept() throws Exception {
        Path old = Files.createDirectories(cache.resolve(".unpacking-4f2k9"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path recent = Files.createDirectories(cache.resolve(".unpacking-7x3q1"));

        Installation.removeAbandoned(cache);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }
}
