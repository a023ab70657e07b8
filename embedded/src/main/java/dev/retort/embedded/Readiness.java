package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Waits until a starting server accepts connections, the way {@code pg_ctl -w} does: the postmaster writes
 * {@code ready} as the eighth line of {@code postmaster.pid} once it accepts connections (PostgreSQL 10 and later).
 */
final class Readiness {

    /** Why a server did not start; {@code portTaken} when another process took its port first. */
    record Failure(String reason, boolean portTaken) {
    }

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Readiness() {
    }

    /** Null when the server is ready; otherwise why not (the server is stopped then). */
    static Failure await(Process process, Path data, Path log) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Path pidFile = data.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            if (isReady(pidFile)) {
                return null;
            }
            if (!process.isAlive()) {
                String problem = problem(log);
                return new Failure(problem, problem.contains("could not bind") || problem.contains("could not create"
                        + " any TCP/IP sockets") || problem.contains("Address already in use"));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Processes.stop(process, ScratchDirectory.Stop.POSTGRES_IMMEDIATE);
                return new Failure("interrupted while waiting for it", false);
            }
        }
        Processes.stop(process, ScratchDirectory.Stop.POSTGRES_IMMEDIATE);
        return new Failure("not ready after " + LIMIT.toSeconds() + " s; its log: " + problem(log), false);
    }

    private static boolean isReady(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.size() >= 8 && lines.get(7).strip().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    /** The server log's first FATAL, PANIC or ERROR line, or its last line. */
    static String problem(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            return lines.stream().filter(l -> l.contains("FATAL") || l.contains("PANIC") || l.contains("ERROR"))
                    .findFirst().or(() -> lines.isEmpty() ? java.util.Optional.empty()
                            : java.util.Optional.of(lines.get(lines.size() - 1)))
                    .orElse("it ended without a word");
        } catch (IOException e) {
            return "it ended, and its log cannot be read: " + e.getMessage();
        }
    }
}
