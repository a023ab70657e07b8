package dev.retort.embedded.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real {@code java} process running a main class with this JVM's class path, read line by line. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code wrapper... java -cp CLASSPATH main args...}, stderr merged into stdout, with {@code environment}
     * added to this JVM's minus its RETORT_ variables (the child gets only the settings the test gives it).
     */
    public static ChildJvm start(List<String> wrapper, String classPath, Map<String, String> environment,
                                 Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a short-lived JVM, started the way the retort launcher starts one
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("RETORT_"));
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(List.of(), System.getProperty("java.class.path"), Map.of(), main, args);
    }

    /** The next line that starts with one of the prefixes (others are skipped), or an error at the end. */
    public String awaitLine(String... prefixes) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            for (String prefix : prefixes) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            seen.add(line);
        }
        throw new AssertionError("the child ended without a line starting with " + List.of(prefixes) + ": " + seen);
    }

    /** Everything the child prints from now until it ends. */
    public String rest() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -SIGNAL} to the java process itself (not to its children). */
    public void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /**
     * {@code kill -SIGNAL -PGID}: to the child's whole process group, as a terminal's Ctrl-C does; the child must
     * lead its own group (start it through {@code setsid}).
     */
    public void signalGroup(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + process.pid()).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " -- -" + process.pid() + " failed");
        }
    }

    /** Waits for the exit, reading what is left of the output; returns the exit code. */
    public int awaitExit() throws IOException, InterruptedException {
        out.transferTo(java.io.Writer.nullWriter());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within 60 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
