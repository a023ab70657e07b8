package dev.retort.workflow;

import dev.retort.config.ConfigException;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.reflect.ReflectionException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.scanner.EntityScanException;
import dev.retort.scanner.ScanResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code retort check}: can this revision directory be deployed onto this database, and do the entities and the
 * database agree? First the revisions: more than one head, applied revisions the directory cannot explain, applied
 * revisions whose files changed, a database behind the head; each is a {@link Problem}. Only when there is none are
 * the entities compared with the database (autogenerate that writes nothing).
 */
public final class CheckWorkflow {

    /** What can be wrong with the revisions, most fundamental first: the first one found decides the exit code. */
    public enum ProblemKind {
        MULTIPLE_HEADS("multiple-heads"),
        DIVERGED("diverged"),
        CHANGED("changed"),
        NOT_UP_TO_DATE("not-up-to-date");

        private final String label;

        ProblemKind(String label) {
            this.label = label;
        }

        /** How reports name it. */
        public String label() {
            return label;
        }
    }

    /** One problem with the revisions: its one-line message and the revisions concerned. */
    public record Problem(ProblemKind kind, String message, List<String> revisions) {
        public Problem {
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * @param drift    what separates the entities from the database; null when a problem stopped the check first
     * @param applied  the revisions the database has applied, in the order applied
     * @param current  the revisions the database is at
     * @param heads    the revision directory's heads
     * @param problems the problems with the revisions, most fundamental first
     */
    public record Outcome(Drift drift, List<String> applied, Set<String> current, Set<String> heads,
                          List<Problem> problems) {
        public Outcome {
            applied = List.copyOf(applied);
            problems = List.copyOf(problems);
        }

        public boolean agrees() {
            return problems.isEmpty() && drift.comparison().isEmpty();
        }
    }

    private final Project project;

    public CheckWorkflow(Project project) {
        this.project = project;
    }

    public Outcome check(StepListener steps) throws DatabaseException, EntityScanException, ReflectionException,
            NormalizationException, ConfigException {
        RevisionGraph graph = project.graph();
        Database database = project.database();
        CompletableFuture<ScanResult> scanning = DriftDetection.startScan(project.config(), steps);
        try (Connection connection = database.connect()) {
            AppliedState state = AppliedState.read(project, graph, connection);
            Set<String> current = graph.current(state.known());
            Set<String> heads = Heads.of(graph);
            List<Problem> problems = problems(graph, state, current, heads);
            Drift drift = problems.isEmpty() ? PendingContract.setAside(DriftDetection.detect(project.config(),
                    connection, scanning, DriftDetection.history(project, state, steps), steps),
                    PendingContract.among(state.known().stream().map(graph::revision).toList())) : null;
            return new Outcome(drift, List.copyOf(state.applied()), current, heads, problems);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        } catch (ReflectionException | NormalizationException e) {
            DatabaseException timeout = database.timeoutBehind(e);
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        }
    }

    private List<Problem> problems(RevisionGraph graph, AppliedState state, Set<String> current, Set<String> heads) {
        List<Problem> problems = new ArrayList<>();
        if (heads.size() > 1) {
            problems.add(new Problem(ProblemKind.MULTIPLE_HEADS, "the revisions have " + heads.size() + " heads, "
                    + Revision.describe(graph.heads()) + ": parallel branches that 'upgrade head' cannot choose "
                    + "between; join them with `retort merge -m \"merge heads\" " + String.join(" ", heads) + "`",
                    List.copyOf(heads)));
        }
        try {
            state.requireConsistent(project);
        } catch (DivergedException e) {
            problems.add(new Problem(ProblemKind.DIVERGED, e.getMessage(), e.revisions()));
        }
        try {
            state.requireUnchanged(current);
        } catch (ChangedRevisionException e) {
            problems.add(new Problem(ProblemKind.CHANGED, e.getMessage(), e.revisions()));
        }
        if (problems.isEmpty()) {
            state.behind(project, graph).ifPresent(message -> problems.add(new Problem(ProblemKind.NOT_UP_TO_DATE,
                    message, List.copyOf(heads))));
        }
        return problems;
    }
}
