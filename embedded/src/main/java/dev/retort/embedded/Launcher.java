package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How PostgreSQL's programs are run as this user. PostgreSQL refuses to run as root; as root on Linux every
 * program runs in a new user namespace ({@code unshare -U}), where it is the unprivileged overflow user, which
 * needs a kernel that allows user namespaces. On Linux the server is also started through
 * {@code setpriv --pdeathsig QUIT} when util-linux has it, so that it stops with this process even when this
 * process is killed outright (SIGKILL skips shutdown hooks).
 */
final class Launcher {

    private static final String INSTEAD = "run retort as a user other than root, or use a PostgreSQL server instead";

    private final List<String> toolPrefix;
    private final List<String> serverPrefix;
    private final String description;

    private Launcher(List<String> toolPrefix, List<String> serverPrefix, String description) {
        this.toolPrefix = List.copyOf(toolPrefix);
        this.serverPrefix = List.copyOf(serverPrefix);
        this.description = description;
    }

    /** Decides how to run PostgreSQL here; as root, fails in one line when no user namespace can be had. */
    static Launcher forCurrentUser(Platform platform) throws EmbeddedPostgresException {
        List<String> prefix = new ArrayList<>();
        String description = "as this user";
        if (platform.isLinux() && isRoot()) {
            requireUserNamespace();
            prefix.addAll(List.of("unshare", "-U"));
            description = "as root, in a user namespace (unshare -U)";
        }
        List<String> server = new ArrayList<>(prefix);
        if (platform.isLinux() && PdeathsigProbe.AVAILABLE) {
            server.addAll(List.of("setpriv", "--pdeathsig", "QUIT"));
        }
        return new Launcher(prefix, server, description);
    }

    /** A builder for one of PostgreSQL's tools (initdb), output and errors merged. */
    ProcessBuilder tool(Path program, List<String> arguments) {
        return builder(toolPrefix, program, arguments);
    }

    /** A builder for the server itself. */
    ProcessBuilder server(Path program, List<String> arguments) {
        return builder(serverPrefix, program, arguments);
    }

    String describe() {
        return description;
    }

    private static ProcessBuilder builder(List<String> prefix, Path program, List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.add(program.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        // English messages whatever the user's locale, and none of the user's libpq settings.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("LC_"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        builder.environment().put("TZ", "UTC");
        return builder;
    }

    /** The effective user id is 0. On Linux from /proc (no native code needed); elsewhere retort never unshares. */
    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring(4).strip().split("\\s+");
                    return ids.length > 1 && ids[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** {@code unshare -U id -u} must work and must not leave us root inside. */
    private static void requireUserNamespace() throws EmbeddedPostgresException {
        Process probe;
        try {
            probe = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("PostgreSQL refuses to run as root, and retort runs as root without"
                    + " `unshare` (util-linux) to give it a user namespace: " + INSTEAD);
        }
        try {
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean ended = probe.waitFor(10, TimeUnit.SECONDS);
            if (ended && probe.exitValue() == 0 && !output.isEmpty() && !output.equals("0")) {
                return;
            }
            if (!ended) {
                probe.destroyForcibly();
            }
            String why = output.isEmpty() ? "exit code " + (ended ? probe.exitValue() : "none (hung)")
                    : output.lines().findFirst().orElse("");
            throw new EmbeddedPostgresException("PostgreSQL refuses to run as root, and retort runs as root where user"
                    + " namespaces are not available (unshare -U: " + why + "): " + INSTEAD);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("cannot run unshare -U: " + e.getMessage() + "; " + INSTEAD, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("interrupted while checking for user namespaces", e);
        }
    }

    /** Whether {@code setpriv --pdeathsig} works here, asked once per JVM. */
    private static final class PdeathsigProbe {
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try {
                Process process = new ProcessBuilder("setpriv", "--pdeathsig", "QUIT", "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
