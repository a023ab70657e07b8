package dev.retort.workflow;

import dev.retort.revisions.Revision;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * What {@code upgrade}, {@code downgrade} and {@code stamp} print on stdout while they work: one line per event,
 * each starting with {@code retort <command>: } and, with {@code --timestamps} (or RETORT_LOG_TIMESTAMPS=true),
 * preceded by an ISO-8601 UTC time and a blank. The events: {@code waiting for the lock ...}, {@code locked ...},
 * {@code upgraded <id> <message> (<ms> ms, <n> destructive statements)} / {@code downgraded ...} ({@code <n>}: the
 * statements of the section that ran which the revision marks {@code -- DESTRUCTIVE}), then {@code done: ...} or
 * {@code nothing to do: ...}. A failure is one line on stderr with the same prefix. Nothing printed holds a password.
 * The CLI and the Maven plugin log alike through it.
 */
public final class DeployLog implements MigrationEvents {

    private final Consumer<String> out;
    private final String command;
    private final boolean timestamps;
    private final Clock clock;
    private final StepListener progress;

    /** {@code progress} shows the revision under way on a terminal, where the log lines only say what is done. */
    public DeployLog(PrintWriter out, String command, boolean timestamps, Clock clock, StepListener progress) {
        this(line -> {
            out.println(line);
            out.flush();
        }, command, timestamps, clock, progress);
    }

    /** A log handing each line to {@code out} (a build tool's logger). */
    public DeployLog(Consumer<String> out, String command, boolean timestamps, Clock clock, StepListener progress) {
        this.out = out;
        this.command = command;
        this.timestamps = timestamps;
        this.clock = clock;
        this.progress = progress;
    }

    public void line(String event) {
        String prefix = timestamps ? clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " : "";
        out.accept(prefix + "retort " + command + ": " + event);
    }

    @Override
    public void waiting(String versionTable, String holder, Duration waited) {
        line("waiting for the lock on " + versionTable + ", held by " + holder
                + (waited.isZero() ? "" : " (" + waited.toSeconds() + " s so far)"));
    }

    @Override
    public void locked(String versionTable, String database, long key, Duration waited) {
        line("locked " + versionTable + " in " + database + " (advisory lock " + key + ")"
                + (waited.toMillis() < 1 ? "" : " after waiting " + waited.toMillis() + " ms"));
    }

    @Override
    public void migrating(Revision revision, boolean upgrade) {
        progress.started(underWay(revision, upgrade));
    }

    @Override
    public void migrated(Revision revision, boolean upgrade, long millis) {
        progress.finished(underWay(revision, upgrade), millis);
        int destructive = (upgrade ? revision.upgrade() : revision.downgrade()).destructive();
        line((upgrade ? "upgraded " : "downgraded ") + revision.id() + " " + revision.message() + " (" + millis
                + " ms, " + destructive + " destructive statement" + (destructive == 1 ? "" : "s") + ")");
    }

    /** The last line of an upgrade or downgrade: {@code done: ...} or {@code nothing to do: ...}. */
    public void finished(MigrationWorkflow.Outcome outcome, String target) {
        if (outcome.done().isEmpty()) {
            line("nothing to do: the database is already at " + target + " (" + revisions(outcome.current()) + ")");
        } else {
            line("done: " + outcome.done().size() + " revision(s) " + command + "d; the database is at "
                    + revisions(outcome.current()));
        }
    }

    private static String underWay(Revision revision, boolean upgrade) {
        return (upgrade ? "upgrading " : "downgrading ") + revision.id() + " " + revision.message();
    }

    /** "a, b" or "base". */
    public static String revisions(Collection<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
