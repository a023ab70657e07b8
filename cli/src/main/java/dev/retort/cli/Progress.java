package dev.retort.cli;

import dev.retort.workflow.StepListener;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the user sees while retort works. On an interactive terminal, one line on stderr names the steps under
 * way ("retort: scanning entities, reading the database...") and is wiped when they end; with {@code --verbose},
 * each step's time is printed as {@code retort: step <name> <ms> ms}, which tools may read. Not on a terminal, or
 * with {@code --quiet}, only {@code --verbose} prints anything.
 */
final class Progress implements StepListener {

    private static final int WIDTH = 79;

    private final PrintWriter err;
    private final boolean live;
    private final boolean verbose;
    private final Set<String> running = new LinkedHashSet<>();
    private int shown;

    Progress(PrintWriter err, boolean live, boolean verbose) {
        this.err = err;
        this.live = live;
        this.verbose = verbose;
    }

    static StepListener of(GlobalOptions options, PrintWriter err) {
        boolean live = live(options);
        if (!live && !options.verbose()) {
            return StepListener.SILENT;
        }
        return new Progress(err, live, options.verbose());
    }

    /** Only the line on a terminal, for work whose times are logged otherwise (upgrade's log lines). */
    static StepListener liveOnly(GlobalOptions options, PrintWriter err) {
        return live(options) ? new Progress(err, true, false) : StepListener.SILENT;
    }

    private static boolean live(GlobalOptions options) {
        return stderrIsATerminal() && !options.quiet();
    }

    /**
     * The launcher knows ({@code [ -t 2 ]}) and says so in {@code retort.stderr-terminal}; Java alone only knows
     * whether stdin and stdout are a terminal, which is the best guess for {@code java -jar retort.jar}.
     */
    private static boolean stderrIsATerminal() {
        String launcherSays = System.getProperty("retort.stderr-terminal");
        return launcherSays != null ? Boolean.parseBoolean(launcherSays) : System.console() != null;
    }

    @Override
    public synchronized void started(String step) {
        running.add(step);
        redraw();
    }

    @Override
    public synchronized void finished(String step, long millis) {
        running.remove(step);
        if (verbose) {
            wipe();
            err.println("retort: step " + step + " " + millis + " ms");
        }
        redraw();
        err.flush();
    }

    @Override
    public synchronized void note(String line) {
        if (verbose) {
            wipe();
            err.println("retort: " + line);
            redraw();
            err.flush();
        }
    }

    private void redraw() {
        if (!live) {
            return;
        }
        wipe();
        if (!running.isEmpty()) {
            String line = "retort: " + String.join(", ", running.stream().map(Progress::words).toList()) + "...";
            // a line wider than the terminal wraps, and \r can then no longer wipe it
            line = line.length() > WIDTH ? line.substring(0, WIDTH - 3) + "..." : line;
            err.print(line);
            shown = line.length();
        }
        err.flush();
    }

    private void wipe() {
        if (live && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            shown = 0;
        }
    }

    /** {@code scan-entities} reads "scanning the entities", and so on; any other step reads as it is written. */
    private static String words(String step) {
        return switch (step) {
            case "scan-entities" -> "scanning the entities (Hibernate boot)";
            case "reflect-database" -> "reading the database";
            case "normalize" -> "asking PostgreSQL for its spellings";
            case "compare" -> "comparing";
            case "plan" -> "ordering";
            case "embedded-start" -> "starting the embedded PostgreSQL";
            case "replay" -> "replaying the revisions";
            case "render" -> "writing the revision file";
            default -> step;
        };
    }
}
