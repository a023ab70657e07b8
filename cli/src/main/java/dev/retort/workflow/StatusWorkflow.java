package dev.retort.workflow;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** {@code current}, {@code heads}, {@code history}, {@code show}: what the revisions and the database say. */
public final class StatusWorkflow {

    /** A revision with its place: whether it is a head and whether the database is at it. */
    public record Entry(Revision revision, boolean head, boolean current) {
        public String describe() {
            String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
            return parents + " -> " + revision.id() + (head ? " (head)" : "") + (current ? " (current)" : "")
                    + ", " + revision.message();
        }
    }

    private final Project project;

    public StatusWorkflow(Project project) {
        this.project = project;
    }

    /** The revisions the database is at (the heads of what it has applied); empty means base. */
    public List<Revision> current() throws DatabaseException {
        RevisionGraph graph = project.graph();
        Set<String> applied = new MigrationWorkflow(project).applied();
        return graph.current(applied).stream().map(graph::revision).toList();
    }

    public List<Revision> heads() {
        return project.graph().heads();
    }

    /** Every revision, newest first, marked as head and as current when the database can be asked. */
    public List<Entry> history(boolean askDatabase) throws DatabaseException {
        RevisionGraph graph = project.graph();
        Set<String> current = askDatabase ? graph.current(new MigrationWorkflow(project).applied()) : Set.of();
        Set<String> heads = Heads.of(graph);
        List<Entry> entries = new ArrayList<>();
        for (Revision revision : graph.revisions()) {
            entries.add(new Entry(revision, heads.contains(revision.id()), current.contains(revision.id())));
        }
        Collections.reverse(entries);
        return entries;
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
}
