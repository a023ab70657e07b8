package dev.retort.revisions;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the version table: a revision recorded as applied, with its audit trail.
 *
 * @param checksum      the {@link Checksum} of the file as it was applied (or stamped); null for a row recorded by
 *                      retort 0.1, which kept none
 * @param dbUser        the database user that applied it; null for a retort 0.1 row
 * @param osUser        the operating-system user of the retort process; null for a retort 0.1 row and for a
 *                      revision applied by running offline SQL
 * @param durationMillis how long its statements and its row took; null when it was stamped (nothing ran) and for a
 *                      retort 0.1 row
 * @param retortVersion the retort version that recorded it; null for a retort 0.1 row and for a row Flyway recorded
 */
public record AppliedRevision(String id, Instant appliedAt, String checksum, String dbUser, String osUser,
                              Long durationMillis, String retortVersion) {

    public AppliedRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }

    /** Recorded by {@code stamp}: nothing ran. */
    public boolean stamped() {
        return retortVersion != null && durationMillis == null;
    }

    /** Recorded by retort 0.1, before the audit columns existed (another tool's rows name the database user). */
    public boolean fromBeforeAudit() {
        return retortVersion == null && checksum == null && dbUser == null;
    }
}
