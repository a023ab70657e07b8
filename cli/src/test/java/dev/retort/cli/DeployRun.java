package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * retort as a deploy job runs it: its own JVM ({@code java -cp <test class path> dev.retort.cli.RetortCommand}),
 * configured by the environment alone (no retort.properties), in a working directory of its own.
 */
final class DeployRun {

    private final Process process;
    private final Path out;
    private final Path err;
    private final long startNanos;

    private DeployRun(Process process, Path out, Path err, long startNanos) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.startNanos = startNanos;
    }

    /** The variables a deploy job sets: the database and where the revisions are. */
    static Map<String, String> environment(TestDatabase database, Path scriptLocation) {
        Map<String, String> environment = new HashMap<>();
        environment.put("RETORT_DATABASE_URL", database.url());
        environment.put("RETORT_DATABASE_USER", database.user());
        environment.put("RETORT_DATABASE_PASSWORD", database.password());
        environment.put("RETORT_SCRIPT_LOCATION", scriptLocation.toString());
        return environment;
    }

    /** Starts {@code retort ARGS} in {@code workingDirectory} with exactly the given RETORT_ variables. */
    static DeployRun start(Path workingDirectory, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), RetortCommand.class.getName()));
        command.addAll(List.of(args));
        return start(command, workingDirectory, environment);
    }

    /** Starts {@code command} in {@code workingDirectory} with exactly the given RETORT_ variables. */
    static DeployRun start(List<String> command, Path workingDirectory, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RETORT_"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("retort-out", ".txt");
        Path err = Files.createTempFile("retort-err", ".txt");
        long start = System.nanoTime();
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new DeployRun(process, out, err, start);
    }

    /** The test JVM's own {@code java}. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    Process process() {
        return process;
    }

    /** Waits for the process to end (failing the test after {@code seconds}) and returns what it did. */
    Result finish(int seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("retort did not end within " + seconds + " s: " + Files.readString(out));
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        try {
            return new Result(new CliResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8)), millis);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What a finished run did, and how long the whole process took. */
    record Result(CliResult cli, long millis) {

        /** The stdout lines that start with {@code retort <command>: <event>}. */
        List<String> events(String command, String event) {
            String prefix = "retort " + command + ": " + event;
            return cli.out().lines().filter(line -> line.startsWith(prefix)).toList();
        }
    }
}
