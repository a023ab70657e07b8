package dev.retort.config;

import dev.retort.dialect.postgresql.LockAwareForm;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code upgrade}, {@code downgrade} and {@code stamp} behave towards other sessions.
 *
 * @param lockWait         how long to wait for another retort process to release the version table's lock
 *                         ({@code migration.lock_wait}, default 10 min; 0 gives up at once)
 * @param lockTimeout      PostgreSQL's {@code lock_timeout} for the revisions' statements
 *                         ({@code migration.lock_timeout}, default 5 s; 0 waits without limit): set on the session
 *                         that runs them, and written at the top of each section of a new revision, so that a file
 *                         Flyway or psql runs has it too; null (in code only) keeps the server's and writes nothing
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for the revisions' statements, or null to keep
 *                         the server's ({@code migration.statement_timeout})
 * @param lockAware        the {@link LockAwareForm lock-aware forms} new revisions are written in
 *                         ({@code migration.lock_aware}, default all)
 */
public record MigrationSettings(Duration lockWait, Duration lockTimeout, Duration statementTimeout,
                                Set<LockAwareForm> lockAware) {

    /**
     * Long enough for another deploy's ordinary migration to finish, short enough that a stuck one is reported
     * within a deploy's patience rather than hanging it.
     */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    /**
     * Short enough that DDL waiting behind a long transaction fails before the application's queries queued behind
     * it time out, long enough for the ordinary short transactions of a busy table to finish.
     */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|min|h)?");

    public MigrationSettings {
        Objects.requireNonNull(lockWait, "lockWait");
        lockAware = Set.copyOf(lockAware);
    }

    /** Settings writing every lock-aware form. */
    public MigrationSettings(Duration lockWait, Duration lockTimeout, Duration statementTimeout) {
        this(lockWait, lockTimeout, statementTimeout, LockAwareForm.all());
    }

    public static MigrationSettings defaults() {
        return new MigrationSettings(DEFAULT_LOCK_WAIT, DEFAULT_LOCK_TIMEOUT, null);
    }

    /** A duration for a message: {@code 2 min}, {@code 10 s}, {@code 500 ms}. */
    public static String describe(Duration duration) {
        if (duration.toMillis() % 60_000 == 0 && !duration.isZero()) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /**
     * A duration as PostgreSQL writes them: a whole number with a unit {@code ms}, {@code s}, {@code min} or
     * {@code h}; without a unit, milliseconds (as for PostgreSQL's own timeouts).
     *
     * @throws IllegalArgumentException when the text is not such a duration
     */
    public static Duration parseDuration(String text) {
        Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a whole number with ms, s, "
                    + "min or h, e.g. 30s or 10min");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        return switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMillis(amount);
        };
    }
}
