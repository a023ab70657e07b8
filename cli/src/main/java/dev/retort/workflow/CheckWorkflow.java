package dev.retort.workflow;

import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.reflect.ReflectionException;
import dev.retort.revisions.RevisionGraph;
import dev.retort.scanner.EntityScanException;
import dev.retort.scanner.ScanResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** {@code retort check}: do the entities and the database agree? Autogenerate that writes nothing. */
public final class CheckWorkflow {

    /**
     * @param applied the revisions the database has applied
     * @param heads   the revision directory's heads
     */
    public record Outcome(Drift drift, Set<String> applied, Set<String> heads) {
        public boolean agrees() {
            return drift.comparison().isEmpty();
        }
    }

    private final Project project;

    public CheckWorkflow(Project project) {
        this.project = project;
    }

    public Outcome check(StepListener steps) throws DatabaseException, NotUpToDateException, EntityScanException,
            ReflectionException, NormalizationException {
        RevisionGraph graph = project.graph();
        Database database = project.database();
        CompletableFuture<ScanResult> scanning = DriftDetection.startScan(project.config(), steps);
        try (Connection connection = database.connect()) {
            Set<String> applied = project.versionTable().applied(connection);
            Heads.requireAtHeads(graph, applied);
            Drift drift = DriftDetection.detect(project.config(), connection, scanning, steps);
            return new Outcome(drift, applied, Heads.of(graph));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }
}
