package dev.retort.revisions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One revision file, read: its header (id, parents, message, creation time), where it lives, and the statements
 * that apply and revert it.
 *
 * @param parents  the revisions it follows, in the order the file names them; empty for a first revision, two or
 *                 more for a merge
 * @param checksum the file's {@link Checksum}, as the version table records it when the revision is applied
 * @param rollout  what it leaves pending or completes in an expand/contract pair; {@link Rollout#NONE} otherwise
 * @param fileLintIgnores the header's {@code -- retort:lint-ignore-file RULE reason} lines: rules the linter accepts
 *                        in the whole upgrade
 */
public record Revision(String id, List<String> parents, String message, Instant created, Path file, String checksum,
        Script upgrade, Script downgrade, Rollout rollout, List<LintIgnoreComment> fileLintIgnores) {

    public Revision {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        Objects.requireNonNull(rollout, "rollout");
        fileLintIgnores = List.copyOf(fileLintIgnores);
    }

    /** A revision that is neither an expand nor a contract, whose header accepts no lint rule for the whole file. */
    public Revision(String id, List<String> parents, String message, Instant created, Path file, String checksum,
                    Script upgrade, Script downgrade) {
        this(id, parents, message, created, file, checksum, upgrade, downgrade, Rollout.NONE, List.of());
    }

    /** A revision that is neither an expand nor a contract. */
    public Revision(String id, List<String> parents, String message, Instant created, Path file, String checksum,
                    Script upgrade, Script downgrade, List<LintIgnoreComment> fileLintIgnores) {
        this(id, parents, message, created, file, checksum, upgrade, downgrade, Rollout.NONE, fileLintIgnores);
    }

    /** A revision whose header accepts no lint rule for the whole file. */
    public Revision(String id, List<String> parents, String message, Instant created, Path file, String checksum,
                    Script upgrade, Script downgrade, Rollout rollout) {
        this(id, parents, message, created, file, checksum, upgrade, downgrade, rollout, List.of());
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** "3f2a9c1b7e4d (versions/3f2a9c1b7e4d_add_orders.sql)": how messages name a revision. */
    public String describe() {
        return id + " (" + file + ")";
    }

    /** "a (versions/a.sql), b (versions/b.sql)": how messages list revisions. */
    public static String describe(Collection<Revision> revisions) {
        return revisions.stream().map(Revision::describe).collect(Collectors.joining(", "));
    }
}
