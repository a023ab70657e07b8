package dev.retort.workflow;

import dev.retort.revisions.AppliedRevision;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code current}, {@code heads}, {@code branches}, {@code history}, {@code show}: what the revisions and the
 * database say. Nothing here writes to the database or takes the lock.
 */
public final class StatusWorkflow {

    /**
     * A revision with its place: whether it is a head, whether the database is at it, and its version-table row.
     *
     * @param applied its row, or null when it is not applied (or the database was not asked)
     * @param changed whether its file changed since it was applied
     */
    public record Entry(Revision revision, boolean head, boolean current, AppliedRevision applied, boolean changed) {
        public String describe() {
            String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
            return parents + " -> " + revision.id() + (head ? " (head)" : "") + (current ? " (current)" : "")
                    + ", " + revision.message();
        }
    }

    /**
     * What the database is at.
     *
     * @param current the revisions it is at (the heads of what it applied, among those with a file)
     * @param unknown recorded revisions that no file declares
     */
    public record Current(List<Revision> current, List<String> unknown) {
    }

    /** Where the history forks: a revision and the revisions that name it as parent. */
    public record Branch(Revision point, List<Revision> children) {
    }

    private final Project project;

    public StatusWorkflow(Project project) {
        this.project = project;
    }

    public Current current() throws DatabaseException {
        RevisionGraph graph = project.graph();
        AppliedState state = read(graph);
        return new Current(graph.current(state.known()).stream().map(graph::revision).toList(), state.unknown());
    }

    public List<Revision> heads() {
        return project.graph().heads();
    }

    public List<Branch> branches() {
        RevisionGraph graph = project.graph();
        return graph.branchPoints().stream().map(point -> new Branch(point, graph.children(point.id()))).toList();
    }

    /**
     * The revisions of a range, newest first, marked as head and as current when the database can be asked.
     *
     * @param range {@code FROM:TO}, either side optional ({@code base} and {@code heads}), {@code current} for
     *              what the database is at; null for every revision
     */
    public List<Entry> history(String range, boolean askDatabase) throws DatabaseException, RevisionChoiceException {
        RevisionGraph graph = project.graph();
        AppliedState state = askDatabase ? read(graph) : AppliedState.of(graph, List.of());
        Set<String> current = graph.current(state.known());
        Set<String> heads = Heads.of(graph);
        Set<String> changed = new HashSet<>(state.changed().stream().map(Revision::id).toList());
        List<Revision> revisions = range == null ? graph.revisions()
                : between(graph, range, askDatabase ? state.known() : null, current);
        List<Entry> entries = new ArrayList<>();
        for (Revision revision : revisions) {
            entries.add(new Entry(revision, heads.contains(revision.id()), current.contains(revision.id()),
                    state.row(revision.id()), changed.contains(revision.id())));
        }
        Collections.reverse(entries);
        return entries;
    }

    /** The revisions of a {@code FROM:TO} range (as {@code history -r} and {@code lint} take it), in order. */
    static List<Revision> between(RevisionGraph graph, String range, Set<String> applied,
                                          Set<String> current) throws RevisionChoiceException {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new RevisionChoiceException("-r takes FROM:TO (either may be left out), e.g. base:head, "
                    + "current: or " + range + ":; got '" + range + "'");
        }
        String from = range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        return graph.between(endpoint(graph, from.isEmpty() ? "base" : from, applied, current),
                endpoint(graph, to.isEmpty() ? "heads" : to, applied, current));
    }

    private static Set<String> endpoint(RevisionGraph graph, String spec, Set<String> applied, Set<String> current)
            throws RevisionChoiceException {
        if (!spec.equals("current")) {
            return graph.resolve(spec, applied);
        }
        if (applied == null) {
            throw new RevisionChoiceException("'current' needs the database: leave out --offline");
        }
        return current;
    }

    /** The file text of the revision a spec names. */
    public String show(String spec) throws IOException, RevisionChoiceException {
        RevisionGraph graph = project.graph();
        Set<String> ids = graph.resolve(spec);
        if (ids.size() != 1) {
            throw new RevisionChoiceException("'" + spec + "' names " + ids.size() + " revisions (" + String.join(", ", ids)
                    + "); name one");
        }
        Revision revision = graph.revision(ids.iterator().next());
        return Files.readString(revision.file(), StandardCharsets.UTF_8);
    }

    private AppliedState read(RevisionGraph graph) throws DatabaseException {
        Database database = project.database();
        try (Connection connection = database.connect()) {
            return AppliedState.read(project, graph, connection);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }
}
