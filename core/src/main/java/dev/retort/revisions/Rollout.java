package dev.retort.revisions;

import dev.retort.templates.PendingStep;
import java.util.List;

/**
 * A revision's part in a rolling deploy, from its header: an expand revision lists the steps it leaves for later
 * ({@code -- retort:pending <step>: <what>}), a contract revision names the expand revisions it completes
 * ({@code -- retort:completes <id>...}). Both are read from the files, never from a side file, so that what is pending
 * follows the revision graph: branches, merges, and the database's applied set (a downgraded expand is no longer
 * applied, so nothing of it is pending there).
 */
public record Rollout(List<PendingStep> pending, List<String> completes) {

    /** Neither an expand nor a contract revision. */
    public static final Rollout NONE = new Rollout(List.of(), List.of());

    public Rollout {
        pending = List.copyOf(pending);
        completes = List.copyOf(completes);
    }
}
