package dev.retort.config;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the revision history is replayed to tell what the developer changed from what happened to the database
 * ({@code history.database}): {@code embedded} (the default) replays it into a throwaway embedded PostgreSQL;
 * a PostgreSQL JDBC URL names a server on which retort creates a scratch database, replays into it and drops it
 * (like Prisma's shadow database; the same major version as production, no binaries to unpack); {@code off}
 * compares with the database alone, under each kind's conservative default.
 *
 * @param url the scratch server's JDBC URL, empty unless {@link Mode#SERVER}
 */
public record HistorySettings(Mode mode, String url) {

    /** Where the history is replayed. */
    public enum Mode {
        EMBEDDED, SERVER, OFF
    }

    public static final HistorySettings EMBEDDED = new HistorySettings(Mode.EMBEDDED, "");
    public static final HistorySettings OFF = new HistorySettings(Mode.OFF, "");

    public HistorySettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(url, "url");
        if ((mode == Mode.SERVER) == url.isEmpty()) {
            throw new IllegalArgumentException("a scratch server needs a URL, and only it");
        }
    }

    /**
     * {@code embedded}, {@code off} or a {@code jdbc:postgresql:} URL.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static HistorySettings parse(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("embedded")) {
            return EMBEDDED;
        }
        if (text.toLowerCase(Locale.ROOT).equals("off")) {
            return OFF;
        }
        if (text.startsWith("jdbc:postgresql:")) {
            return new HistorySettings(Mode.SERVER, text);
        }
        throw new IllegalArgumentException("'" + Redaction.url(text) + "' is not embedded, off or a PostgreSQL JDBC URL"
                + " (jdbc:postgresql://host:port/db)");
    }

    @Override
    public String toString() {
        return mode == Mode.SERVER ? Redaction.url(url) : mode.name().toLowerCase(Locale.ROOT);
    }
}
