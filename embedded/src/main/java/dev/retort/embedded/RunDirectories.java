package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Each server's data directory, {@code retort-pg-<pid>-<random>}, named after the process that owns it, so that a
 * run can remove what a process killed outright (SIGKILL, power loss) left behind. It lives in memory when it can:
 * in {@code /dev/shm} when that is a tmpfs with at least 1 GiB free, where creating and removing its thousand
 * files costs no disk work (on a busy disk, copying the template there took 0.1-0.3 s instead of 1-1.8 s);
 * otherwise in {@code java.io.tmpdir}.
 */
final class RunDirectories {

    static final String PREFIX = "retort-pg-";
    private static final Path SHARED_MEMORY = Path.of("/dev/shm");
    private static final long ENOUGH = 1L << 30;

    private RunDirectories() {
    }

    static Path parent() {
        try {
            FileStore store = Files.getFileStore(SHARED_MEMORY);
            if (store.type().equals("tmpfs") && store.getUsableSpace() >= ENOUGH && Files.isWritable(SHARED_MEMORY)) {
                return SHARED_MEMORY;
            }
        } catch (IOException | SecurityException e) {
            // no /dev/shm here (macOS), or not ours to use
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Where data directories may be: the memory file system and the temp directory. */
    static List<Path> parents() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        return Files.isDirectory(SHARED_MEMORY) && !SHARED_MEMORY.equals(temp) ? List.of(SHARED_MEMORY, temp)
                : List.of(temp);
    }

    static ScratchDirectory create() throws IOException {
        return ScratchDirectory.create(parent(), PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Removes the data directories of processes that no longer run, stopping a server still running in one. */
    static void removeStale() {
        for (Path parent : parents()) {
            try (Stream<Path> entries = Files.list(parent)) {
                entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).filter(RunDirectories::isStale)
                        .forEach(RunDirectories::remove);
            } catch (IOException e) {
                // nothing to tidy here
            }
        }
    }

    private static boolean isStale(Path directory) {
        String[] parts = directory.getFileName().toString().substring(PREFIX.length()).split("-", 2);
        try {
            long owner = Long.parseLong(parts[0]);
            return owner != ProcessHandle.current().pid() && ProcessHandle.of(owner).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void remove(Path directory) {
        serverIn(directory).ifPresent(server -> {
            try {
                Processes.signal("QUIT", server.pid());
                server.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
            }
        });
        ScratchDirectory.deleteTree(directory);
    }

    /** The postmaster named in the directory's postmaster.pid, if that process is a running postgres. */
    private static Optional<ProcessHandle> serverIn(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(h -> h.info().command().map(c -> c.endsWith("postgres"))
                    .orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
