package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Each server's data directory: {@code <java.io.tmpdir>/retort-pg-<pid>-<random>}, named after the process that
 * owns it, so that a run can remove what a process killed outright (SIGKILL, power loss) left behind.
 */
final class RunDirectories {

    private static final String PREFIX = "retort-pg-";

    private RunDirectories() {
    }

    static Path parent() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    static ScratchDirectory create() throws IOException {
        return ScratchDirectory.create(parent(), PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Removes the data directories of processes that no longer run, stopping a server still running in one. */
    static void removeStale() {
        try (Stream<Path> entries = Files.list(parent())) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).filter(RunDirectories::isStale)
                    .forEach(RunDirectories::remove);
        } catch (IOException e) {
            // nothing to tidy here
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
