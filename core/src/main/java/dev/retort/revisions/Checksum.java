package dev.retort.revisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum retort records for a revision file when it applies it: SHA-256, as 64 lowercase hex digits, of the
 * file's UTF-8 bytes with every CRLF and lone CR turned into LF and a leading byte-order mark dropped. Every other
 * byte counts, comments and blanks included. Line endings do not, so that a checkout with {@code core.autocrlf}
 * (or an editor that rewrites them) does not turn every applied revision into an edited one.
 */
public final class Checksum {

    private Checksum() {
    }

    /** The checksum of a revision file's text (as read from its UTF-8 bytes). */
    public static String of(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 12 digits, enough to tell checksums apart in a message. */
    public static String abbreviate(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
