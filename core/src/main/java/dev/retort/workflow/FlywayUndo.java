package dev.retort.workflow;

import dev.retort.flyway.FlywaySchemaHistory;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code retort downgrade} for a project whose migrations Flyway runs: what Flyway Community cannot do. Each version
 * is reverted by its {@code U} script, in one transaction together with the deletion of the version's
 * {@code flyway_schema_history} row, so that {@code flyway migrate} applies it again later. Flyway's own lock is not
 * taken: do not run it while Flyway migrates the same database.
 */
final class FlywayUndo {

    private final Project project;

    FlywayUndo(Project project) {
        this.project = project;
    }

    MigrationWorkflow.Outcome downgrade(String target, MigrationEvents events)
            throws DatabaseException, DivergedException, MigrationFailedException {
        RevisionGraph graph = project.graph();
        graph.requireResolvable(target);
        Database database = project.database();
        try (Connection connection = database.connectToMigrate()) {
            AppliedState state = AppliedState.of(graph, FlywaySchemaHistory.read(connection));
            state.requireConsistent(project);
            Set<String> applied = new LinkedHashSet<>(state.applied());
            List<Revision> path = graph.downgradePath(applied, target);
            requireUndoScripts(path);
            List<Revision> done = new ArrayList<>();
            for (Revision revision : path) {
                events.migrating(revision, false);
                long start = System.nanoTime();
                undo(connection, revision);
                applied.remove(revision.id());
                done.add(revision);
                events.migrated(revision, false, (System.nanoTime() - start) / 1_000_000);
            }
            return new MigrationWorkflow.Outcome(done, graph.current(applied));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /** Every version on the way needs an undo script that runs in a transaction, or nothing is reverted. */
    private void requireUndoScripts(List<Revision> path) throws MigrationFailedException {
        for (Revision revision : path) {
            if (revision.downgrade().isEmpty()) {
                throw new MigrationFailedException("version " + revision.id() + " (" + revision.file() + ") has no "
                        + "U" + revision.id() + "__*.sql undo script beside it: nothing was reverted", null);
            }
            if (!revision.downgrade().isTransactional()) {
                throw new MigrationFailedException("the undo script of version " + revision.id() + " has statements"
                        + " that run outside a transaction: apply it by hand; nothing was reverted", null);
            }
        }
    }

    private static void undo(Connection connection, Revision revision) throws SQLException, MigrationFailedException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        SqlStatement running = null;
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : revision.downgrade().statements()) {
                running = sql;
                statement.execute(sql.sql());
            }
            running = null;
            FlywaySchemaHistory.forget(connection, revision.id());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new MigrationFailedException("the undo script of version " + revision.id() + " failed"
                    + (running == null ? "" : " at line " + running.line()) + ": " + e.getMessage().strip()
                    + " (rolled back; the database stays at version " + revision.id() + ")", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
