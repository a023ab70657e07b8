package dev.retort.revisions;

import java.util.Objects;

/**
 * What the version table records about who applies revisions, besides the database user (which PostgreSQL itself
 * supplies as {@code current_user}).
 *
 * @param osUser        the operating-system user running retort, or null when unknown
 * @param retortVersion the running retort's version
 */
public record AppliedBy(String osUser, String retortVersion) {

    public AppliedBy {
        Objects.requireNonNull(retortVersion, "retortVersion");
    }

    /** This process: {@code user.name} and the given retort version. */
    public static AppliedBy thisProcess(String retortVersion) {
        String user = System.getProperty("user.name");
        return new AppliedBy(user == null || user.isBlank() ? null : user, retortVersion);
    }
}
