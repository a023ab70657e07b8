package dev.retort.templates;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Everything a revision file says, as structured data for the template. Text that the file keeps on one comment
 * line (the message) is flattened to one line; the creation time is kept to the second, as the header shows it.
 *
 * @param revisionId    the new revision's id
 * @param parentIds     the ids of the revisions it follows; empty for the first revision
 * @param message       what the revision does, in the user's words
 * @param createdAt     when it was generated
 * @param upgrade       the statements that apply it, in order
 * @param downgrade     the statements that revert it, in order
 * @param findings      what was reported but not turned into SQL
 * @param retortVersion the version of retort that generated it
 * @param pending       for an expand revision, the steps it leaves for its contract; empty otherwise
 * @param completes     for a contract revision, the expand revisions whose pending steps it completes; empty otherwise
 */
public record RevisionDocument(String revisionId, List<String> parentIds, String message, Instant createdAt,
        List<ScriptStatement> upgrade, List<ScriptStatement> downgrade, List<ReportedFinding> findings,
        String retortVersion, List<PendingStep> pending, List<String> completes) {

    public RevisionDocument {
        Objects.requireNonNull(revisionId, "revisionId");
        parentIds = List.copyOf(parentIds);
        message = OneLine.of(Objects.requireNonNull(message, "message"));
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        findings = List.copyOf(findings);
        Objects.requireNonNull(retortVersion, "retortVersion");
        pending = List.copyOf(pending);
        completes = List.copyOf(completes);
    }

    /** A revision that is neither an expand nor a contract. */
    public RevisionDocument(String revisionId, List<String> parentIds, String message, Instant createdAt,
                            List<ScriptStatement> upgrade, List<ScriptStatement> downgrade,
                            List<ReportedFinding> findings, String retortVersion) {
        this(revisionId, parentIds, message, createdAt, upgrade, downgrade, findings, retortVersion, List.of(),
                List.of());
    }

    /** This document with the expand/contract lines given. */
    public RevisionDocument withRollout(List<PendingStep> newPending, List<String> newCompletes) {
        return new RevisionDocument(revisionId, parentIds, message, createdAt, upgrade, downgrade, findings,
                retortVersion, newPending, newCompletes);
    }
}
