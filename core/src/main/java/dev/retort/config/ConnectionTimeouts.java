package dev.retort.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long retort waits on the database for itself, so that an unreachable or silent server, or a table another
 * session holds locked, fails in one line instead of hanging a deploy or a CI job. The revisions' own statements are
 * not bound by {@code lock} and {@code statement}: a long migration is legitimate; see {@link MigrationSettings}.
 *
 * @param connect   opening a connection: the TCP connection and the login ({@code database.connect_timeout})
 * @param lock      PostgreSQL's {@code lock_timeout} for retort's own reads, e.g. the catalog that {@code check} and
 *                  {@code revision --autogenerate} read ({@code database.lock_timeout})
 * @param statement PostgreSQL's {@code statement_timeout} for those reads ({@code database.statement_timeout})
 */
public record ConnectionTimeouts(Duration connect, Duration lock, Duration statement) {

    /**
     * A server that has not answered a login in 10 s is not coming; a lock held 10 s by another session is a
     * migration or a long transaction, not a blip; a catalog read of 2 min means something else is wrong.
     */
    public static final ConnectionTimeouts DEFAULTS = new ConnectionTimeouts(Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofMinutes(2));

    public ConnectionTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(statement, "statement");
    }
}
