package dev.retort.workflow;

import dev.retort.revisions.AppliedRevision;
import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The version table's rows, checked against the revision files: which recorded revisions no file declares, which
 * are applied without a parent, and which files changed since they were applied.
 *
 * @param applied every recorded id, in the order applied
 * @param unknown recorded ids that no revision file declares
 * @param gaps    recorded revisions (with a file) whose parent is not recorded, each with that parent
 * @param changed applied revisions whose file's checksum differs from the recorded one (rows without a checksum,
 *                from retort 0.1, are not judged)
 * @param skipped for Liquibase, changesets not applied that its update skips on this database without recording
 *                them (a precondition with {@code onFail="CONTINUE"} does not hold here): not what the database lacks
 */
record AppliedState(List<AppliedRevision> rows, Set<String> applied, List<String> unknown, Map<String, String> gaps,
                    List<Revision> changed, Set<String> skipped) {

    /** What the project's database records as applied, and, for Liquibase, which changesets it skips here. */
    static AppliedState read(Project project, RevisionGraph graph, Connection connection) throws SQLException {
        AppliedState state = of(graph, project.appliedRevisions(connection));
        if (!project.runByLiquibase()) {
            return state;
        }
        Set<String> notApplied = LiquibaseState.pending(graph, state.applied).stream().map(Revision::id)
                .collect(Collectors.toSet());
        return new AppliedState(state.rows, state.applied, state.unknown, state.gaps, state.changed,
                LiquibaseState.skipped(project, connection, notApplied));
    }

    static AppliedState of(RevisionGraph graph, List<AppliedRevision> rows) {
        Set<String> applied = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<Revision> changed = new ArrayList<>();
        for (AppliedRevision row : rows) {
            applied.add(row.id());
            if (!graph.contains(row.id())) {
                unknown.add(row.id());
                continue;
            }
            known.add(row.id());
            Revision revision = graph.revision(row.id());
            if (row.checksum() != null && !row.checksum().equals(revision.checksum())) {
                changed.add(revision);
            }
        }
        return new AppliedState(List.copyOf(rows), Collections.unmodifiableSet(applied), List.copyOf(unknown),
                Collections.unmodifiableMap(graph.appliedWithoutParent(known)), List.copyOf(changed), Set.of());
    }

    /** The recorded ids that a revision file declares. */
    Set<String> known() {
        Set<String> known = new LinkedHashSet<>(applied);
        known.removeAll(unknown);
        return known;
    }

    AppliedRevision row(String id) {
        return rows.stream().filter(row -> row.id().equals(id)).findFirst().orElse(null);
    }

    boolean diverged() {
        return !unknown.isEmpty() || !gaps.isEmpty();
    }

    /**
     * Refuses what no upgrade explains. For Liquibase only unknown rows: a changeset not applied between applied ones
     * is one the next {@code liquibase update} runs ({@link #behind}).
     */
    void requireConsistent(Project project) throws DivergedException {
        if (project.runByLiquibase()) {
            if (!unknown.isEmpty()) {
                throw LiquibaseState.diverged(project, unknown);
            }
            return;
        }
        if (!unknown.isEmpty()) {
            throw new DivergedException("the database records " + plural(unknown.size(), "revision") + " "
                    + String.join(", ", unknown) + " as applied, but no file in " + project.config().versionsDirectory()
                    + " declares " + (unknown.size() == 1 ? "it" : "them") + ": bring the revision files in (merge "
                    + "the branch that added them), or correct the record with 'retort stamp'", unknown);
        }
        if (!gaps.isEmpty()) {
            String listed = gaps.entrySet().stream()
                    .map(gap -> gap.getKey() + " without its parent " + gap.getValue())
                    .collect(Collectors.joining(", "));
            throw new DivergedException("the database records " + listed + " as applied, which no upgrade does "
                    + "(a parents line was edited after it was applied, or the record was): apply what is missing "
                    + "by hand and correct the record with 'retort stamp'", List.copyOf(gaps.keySet()));
        }
    }

    /**
     * Why the database is not at the head, if it is not: retort's heads, or, for Liquibase, the changesets
     * Liquibase would run.
     */
    Optional<String> behind(Project project, RevisionGraph graph) {
        if (project.runByLiquibase()) {
            List<Revision> pending = LiquibaseState.pending(graph, applied).stream()
                    .filter(revision -> !skipped.contains(revision.id())).toList();
            return pending.isEmpty() ? Optional.empty()
                    : Optional.of(LiquibaseState.behind(project, pending));
        }
        Set<String> current = graph.current(known());
        Set<String> heads = Heads.of(graph);
        return new TreeSet<>(current).equals(heads) ? Optional.empty()
                : Optional.of(Heads.notAtHeads(project, current, heads));
    }

    /** @param current what to suggest stamping to accept the files as they are */
    void requireUnchanged(Set<String> current) throws ChangedRevisionException {
        if (changed.isEmpty()) {
            return;
        }
        String files = changed.stream().map(revision -> revision.file() + " (revision " + revision.id()
                        + ", applied as " + Checksum.abbreviate(row(revision.id()).checksum()) + ", now "
                        + Checksum.abbreviate(revision.checksum()) + ")")
                .collect(Collectors.joining(", "));
        throw new ChangedRevisionException((changed.size() == 1 ? "an applied revision was" : changed.size()
                + " applied revisions were") + " edited since: " + files + "; restore "
                + (changed.size() == 1 ? "it" : "them") + " as applied, or accept the files as they are with "
                + "'retort stamp " + (current.isEmpty() ? "base" : String.join(" ", current))
                + "' (or pass --allow-changed to upgrade or downgrade anyway)",
                changed.stream().map(Revision::id).toList());
    }

    static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
