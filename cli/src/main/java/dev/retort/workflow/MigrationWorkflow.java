package dev.retort.workflow;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.ScriptRunner;
import dev.retort.revisions.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade}, {@code downgrade} and {@code stamp}. Each revision runs in its own transaction together
 * with its version-table row, so a failure leaves the database at the last revision that completed, never
 * half-way through one.
 */
public final class MigrationWorkflow {

    /** Hears about each revision as it is committed. */
    @FunctionalInterface
    public interface Progress {
        void applied(Revision revision, boolean upgrade, long millis);
    }

    private final Project project;

    public MigrationWorkflow(Project project) {
        this.project = project;
    }

    public List<Revision> upgrade(String target, Progress progress) throws DatabaseException {
        return migrate(true, target, progress);
    }

    public List<Revision> downgrade(String target, Progress progress) throws DatabaseException {
        return migrate(false, target, progress);
    }

    private List<Revision> migrate(boolean upgrade, String target, Progress progress) throws DatabaseException {
        RevisionGraph graph = project.graph();
        VersionTable versionTable = project.versionTable();
        ScriptRunner runner = new ScriptRunner(versionTable);
        Database database = project.database();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            versionTable.ensureExists(connection);
            connection.commit();
            Set<String> applied = versionTable.applied(connection);
            List<Revision> path = upgrade ? graph.upgradePath(applied, target) : graph.downgradePath(applied, target);
            List<Revision> done = new ArrayList<>();
            for (Revision revision : path) {
                long start = System.nanoTime();
                try {
                    if (upgrade) {
                        runner.upgrade(connection, revision);
                    } else {
                        runner.downgrade(connection, revision);
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
                done.add(revision);
                progress.applied(revision, upgrade, (System.nanoTime() - start) / 1_000_000);
            }
            return done;
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /** Records {@code target} (and everything below it) as applied without running anything. */
    public Set<String> stamp(String target) throws DatabaseException {
        RevisionGraph graph = project.graph();
        Set<String> revisions = new LinkedHashSet<>();
        for (String id : graph.resolve(target)) {
            revisions.addAll(graph.ancestors(id));
            revisions.add(id);
        }
        VersionTable versionTable = project.versionTable();
        Database database = project.database();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            versionTable.ensureExists(connection);
            versionTable.stamp(connection, revisions);
            connection.commit();
            return graph.current(revisions);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /** The applied revisions as the version table records them (creating nothing). */
    public Set<String> applied() throws DatabaseException {
        Database database = project.database();
        try (Connection connection = database.connect()) {
            return project.versionTable().applied(connection);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }
}
