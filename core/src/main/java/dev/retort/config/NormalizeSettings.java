package dev.retort.config;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the entities' schema is materialised to be read back in the database's canonical form
 * ({@code normalize.database}): {@code target}, in a scratch schema of the database itself, rolled back (the user
 * needs CREATE there); {@code embedded}, in a throwaway embedded PostgreSQL of the database's major version;
 * a PostgreSQL JDBC URL, in a scratch database retort creates on that server and drops. Unset ({@link Mode#AUTO}):
 * the database itself when it allows it, else where {@code history.database} replays the history (its server, or
 * the embedded PostgreSQL), so read-only credentials and hot standbys need no setting.
 *
 * @param url the scratch server's JDBC URL, empty unless {@link Mode#SERVER}
 */
public record NormalizeSettings(Mode mode, String url) {

    /** Where normalization runs. */
    public enum Mode {
        AUTO, TARGET, EMBEDDED, SERVER
    }

    public static final String KEY = "normalize.database";
    public static final NormalizeSettings AUTO = new NormalizeSettings(Mode.AUTO, "");

    public NormalizeSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(url, "url");
        if ((mode == Mode.SERVER) == url.isEmpty()) {
            throw new IllegalArgumentException("a scratch server needs a URL, and only it");
        }
    }

    /**
     * Empty, {@code target}, {@code embedded} or a {@code jdbc:postgresql:} URL.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static NormalizeSettings parse(String value) {
        String text = value.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return AUTO;
        }
        if (lower.equals("target")) {
            return new NormalizeSettings(Mode.TARGET, "");
        }
        if (lower.equals("embedded")) {
            return new NormalizeSettings(Mode.EMBEDDED, "");
        }
        if (text.startsWith("jdbc:postgresql:")) {
            return new NormalizeSettings(Mode.SERVER, text);
        }
        throw new IllegalArgumentException("'" + Redaction.url(text) + "' is not target, embedded or a PostgreSQL JDBC"
                + " URL (jdbc:postgresql://host:port/db)");
    }

    @Override
    public String toString() {
        return mode == Mode.SERVER ? Redaction.url(url) : mode.name().toLowerCase(Locale.ROOT);
    }
}
