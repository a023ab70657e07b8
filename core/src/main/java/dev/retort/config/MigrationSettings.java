package dev.retort.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code upgrade}, {@code downgrade} and {@code stamp} behave towards other sessions.
 *
 * @param lockWait         how long to wait for another retort process to release the version table's lock
 *                         ({@code migration.lock_wait}, default 10 min; 0 gives up at once)
 * @param lockTimeout      PostgreSQL's {@code lock_timeout} for the revisions' statements, or null to keep the
 *                         server's ({@code migration.lock_timeout})
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for the revisions' statements, or null to keep
 *                         the server's ({@code migration.statement_timeout})
 */
public record MigrationSettings(Duration lockWait, Duration lockTimeout, Duration statementTimeout) {

    /**
     * Long enough for another deploy's ordinary migration to finish, short enough that a stuck one is reported
     * within a deploy's patience rather than hanging it.
     */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|min|h)?");

    public MigrationSettings {
        Objects.requireNonNull(lockWait, "lockWait");
    }

    public static MigrationSettings defaults() {
        return new MigrationSettings(DEFAULT_LOCK_WAIT, null, null);
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
