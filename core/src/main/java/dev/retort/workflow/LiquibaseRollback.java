package dev.retort.workflow;

import dev.retort.liquibase.LiquibaseChangeLog;
import dev.retort.liquibase.LiquibaseHistory;
import dev.retort.liquibase.LiquibaseRunException;
import dev.retort.liquibase.LiquibaseRunner;
import dev.retort.revisions.AppliedRevision;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code retort downgrade} for a project whose migrations Liquibase runs: Liquibase's own rollback, one changeset at
 * a time ({@code rollback-count 1}), newest first, so that Liquibase runs each changeset's rollback (its
 * {@code --rollback} lines, or the inverse it knows for XML and YAML changes) under its lock and deletes its
 * {@code DATABASECHANGELOG} row, exactly as {@code liquibase rollback-count} would. Before each step the changeset to
 * revert must be the one Liquibase applied last, so that what Liquibase reverts is what retort reports.
 */
final class LiquibaseRollback {

    private final Project project;

    LiquibaseRollback(Project project) {
        this.project = project;
    }

    MigrationWorkflow.Outcome downgrade(String target, MigrationEvents events)
            throws DatabaseException, DivergedException, MigrationFailedException {
        RevisionGraph graph = project.graph();
        graph.requireResolvable(target);
        LiquibaseChangeLog changeLog = project.liquibaseChangeLog();
        Database database = project.database();
        try (Connection connection = database.connectToMigrate()) {
            AppliedState state = AppliedState.read(project, graph, connection);
            state.requireConsistent(project);
            Set<String> applied = new LinkedHashSet<>(state.applied());
            List<Revision> path = graph.downgradePath(applied, target);
            requireRollbacks(path);
            List<Revision> done = new ArrayList<>();
            for (Revision revision : path) {
                requireAppliedLast(connection, revision);
                events.migrating(revision, false);
                long start = System.nanoTime();
                try {
                    LiquibaseRunner.rollbackCount(changeLog, connection, 1);
                } catch (LiquibaseRunException e) {
                    throw new MigrationFailedException(e.getMessage() + " (the database stays at "
                            + Heads.describe(graph.current(applied)) + ")", e);
                }
                applied.remove(revision.id());
                done.add(revision);
                events.migrated(revision, false, (System.nanoTime() - start) / 1_000_000);
            }
            return new MigrationWorkflow.Outcome(done, graph.current(applied));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /** A changeset of SQL without rollback SQL would stop Liquibase half-way: none is reverted then. */
    private static void requireRollbacks(List<Revision> path) throws MigrationFailedException {
        for (Revision revision : path) {
            if (!revision.upgrade().isEmpty() && revision.downgrade().isEmpty()) {
                throw new MigrationFailedException("changeset " + revision.id() + " (" + revision.file() + ") has"
                        + " SQL but no --rollback lines: write them, then downgrade; nothing was rolled back", null);
            }
        }
    }

    private static void requireAppliedLast(Connection connection, Revision revision)
            throws SQLException, MigrationFailedException {
        List<AppliedRevision> rows = LiquibaseHistory.read(connection);
        String last = rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
        if (!revision.id().equals(last)) {
            throw new MigrationFailedException("Liquibase rolls back the changeset it applied last, which is " + last
                    + ", not " + revision.id() + " as the master changelog's order says: roll back by hand"
                    + " (liquibase rollback-count), then downgrade again", null);
        }
    }
}
