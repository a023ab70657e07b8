package dev.retort.embedded.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a process left behind of its embedded servers: data directories named after it (in /dev/shm or the temp
 * directory),
 * and processes (a postmaster or any of its children) working in such a directory, found through
 * {@code /proc/PID/cwd}, which names the directory even after it was deleted.
 */
public record Leftovers(List<Path> directories, List<Long> processes) {

    public static Leftovers of(long owner) {
        List<String> prefixes = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        // where the embedded server puts data directories: /dev/shm when it can, else the temp directory
        for (Path parent : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            String prefix = parent.resolve("retort-pg-" + owner + "-").toString();
            prefixes.add(prefix);
            try (Stream<Path> entries = Files.list(parent)) {
                entries.filter(p -> p.toString().startsWith(prefix)).forEach(directories::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Long> processes = new ArrayList<>();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            proc.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cwd = Files.readSymbolicLink(p.resolve("cwd")).toString();
                    if (prefixes.stream().anyMatch(cwd::startsWith)) {
                        processes.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | SecurityException e) {
                    // gone meanwhile, or not ours to read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Leftovers(directories, processes);
    }

    public boolean isEmpty() {
        return directories.isEmpty() && processes.isEmpty();
    }
}
