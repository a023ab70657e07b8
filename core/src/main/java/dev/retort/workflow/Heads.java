package dev.retort.workflow;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Where the database stands relative to the revision directory. */
final class Heads {

    private Heads() {
    }

    static Set<String> of(RevisionGraph graph) {
        Set<String> heads = new TreeSet<>();
        graph.heads().stream().map(Revision::id).forEach(heads::add);
        return heads;
    }

    /** Refuses to compare a database that has not applied every revision: the difference would mislead. */
    static void requireAtHeads(Project project, RevisionGraph graph, Set<String> applied)
            throws NotUpToDateException {
        Set<String> heads = of(graph);
        Set<String> current = new TreeSet<>(graph.current(applied));
        if (!current.equals(heads)) {
            throw new NotUpToDateException(notAtHeads(project, current, heads));
        }
    }

    /** Names what brings the database to the head: retort's upgrade, or the tool that runs the project's migrations. */
    static String notAtHeads(Project project, Set<String> current, Set<String> heads) {
        String upgrade = project.runByLiquibase() ? "`liquibase update` (or start the application)"
                : project.runByFlyway() ? "`flyway migrate` (or start the application)" : "`retort upgrade head`";
        return "the database is at " + describe(new TreeSet<>(current)) + " but the revisions' head is "
                + describe(heads) + ": run " + upgrade + " first";
    }

    static String describe(Set<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", List.copyOf(revisions));
    }
}
