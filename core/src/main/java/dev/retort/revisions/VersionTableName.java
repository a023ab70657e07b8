package dev.retort.revisions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Where the version table lives: schema and table name as the catalog spells them (case-sensitive, unquoted).
 * The default is {@code public.retort_version}.
 */
public record VersionTableName(String schema, String table) {

    public static final VersionTableName DEFAULT = new VersionTableName("public", "retort_version");

    public VersionTableName {
        requireName(schema, "schema");
        requireName(table, "table");
    }

    /** "schema.table", or "table" for a table in {@code public}; the first dot separates the two. */
    public static VersionTableName parse(String qualified) {
        Objects.requireNonNull(qualified, "qualified");
        int dot = qualified.indexOf('.');
        return dot < 0 ? new VersionTableName("public", qualified)
                : new VersionTableName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /**
     * The key of retort's PostgreSQL advisory lock for this table: the first 8 bytes, big-endian, of the SHA-256 of
     * {@code "retort:"} followed by the quoted qualified name (e.g. {@code retort:"public"."retort_version"}). Two
     * projects with different version tables in one database do not lock each other out; every process of one
     * project computes the same key.
     */
    public long lockKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("retort:" + quotedQualified()).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The name quoted for SQL, so that any spelling reaches exactly the catalog name. */
    String quotedSchema() {
        return quote(schema);
    }

    String quotedQualified() {
        return quote(schema) + "." + quote(table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the version table needs a " + what + " name, found '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return schema + "." + table;
    }
}
