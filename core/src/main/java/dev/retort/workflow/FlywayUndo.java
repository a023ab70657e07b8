package dev.retort.workflow;

import dev.retort.config.FlywaySettings;
import dev.retort.flyway.FlywaySchemaHistory;
import dev.retort.flyway.FlywayVersion;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort downgrade} for a project whose migrations Flyway runs: what Flyway Community cannot do. Each version
 * is reverted by its {@code U} script, as Flyway would run it (placeholders replaced, unqualified names in the
 * configured default schema), in one transaction together with the deletion of the version's row in Flyway's history
 * table, so that {@code flyway migrate} applies it again later. An undo script whose {@code .sql.conf} says
 * {@code executeInTransaction=false} runs statement by statement, and its row goes once they all ran. A version up to
 * Flyway's baseline never ran here and is not reverted. Flyway's own lock is not taken: do not run it while Flyway
 * migrates the same database.
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
            AppliedState state = AppliedState.read(project, graph, connection);
            state.requireConsistent(project);
            Set<String> applied = new LinkedHashSet<>(state.applied());
            List<Revision> path = graph.downgradePath(applied, target);
            requireAboveBaseline(path, FlywaySchemaHistory.baseline(connection, project.config().flyway()));
            requireUndoScripts(path);
            project.config().flyway().defaultSchema().ifPresent(schema -> searchPath(connection, schema));
            List<Revision> done = new ArrayList<>();
            for (Revision revision : path) {
                events.migrating(revision, false);
                long start = System.nanoTime();
                undo(connection, revision, project.config().flyway());
                applied.remove(revision.id());
                done.add(revision);
                events.migrated(revision, false, (System.nanoTime() - start) / 1_000_000);
            }
            return new MigrationWorkflow.Outcome(done, graph.current(applied));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /** Every version on the way needs an undo script, or nothing is reverted. */
    private void requireUndoScripts(List<Revision> path) throws MigrationFailedException {
        for (Revision revision : path) {
            if (revision.downgrade().isEmpty()) {
                throw new MigrationFailedException("version " + revision.id() + " (" + revision.file() + ") has no "
                        + "U" + revision.id() + "__*.sql undo script beside it: nothing was reverted", null);
            }
        }
    }

    private static void requireAboveBaseline(List<Revision> path, Optional<FlywayVersion> baseline)
            throws MigrationFailedException {
        if (baseline.isEmpty()) {
            return;
        }
        for (Revision revision : path) {
            if (FlywayVersion.parse(revision.id()).compareTo(baseline.get()) <= 0) {
                throw new MigrationFailedException("version " + revision.id() + " is at or under Flyway's baseline "
                        + baseline.get() + " of this database: its script never ran here, so its undo script must not;"
                        + " nothing was reverted (downgrade to " + baseline.get() + " at most)", null);
            }
        }
    }

    /** Unqualified names in the undo scripts mean Flyway's default schema, as in the scripts Flyway ran. */
    private static void searchPath(Connection connection, String schema) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + schema.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the search path to Flyway's default schema " + schema + ": "
                    + e.getMessage(), e);
        }
    }

    private static void undo(Connection connection, Revision revision, FlywaySettings settings)
            throws SQLException, MigrationFailedException {
        if (!revision.downgrade().isTransactional()) {
            undoOutsideTransaction(connection, revision, settings);
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        SqlStatement running = null;
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : revision.downgrade().statements()) {
                running = sql;
                statement.execute(sql.sql());
            }
            running = null;
            FlywaySchemaHistory.forget(connection, settings, revision.id());
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

    /** Each statement on its own, as Flyway runs a script with {@code executeInTransaction=false}; then the row goes. */
    private static void undoOutsideTransaction(Connection connection, Revision revision, FlywaySettings settings)
            throws SQLException, MigrationFailedException {
        List<SqlStatement> statements = revision.downgrade().statements();
        connection.setAutoCommit(true);
        int ran = 0;
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : statements) {
                statement.execute(sql.sql());
                ran++;
            }
            FlywaySchemaHistory.forget(connection, settings, revision.id());
        } catch (SQLException e) {
            throw new MigrationFailedException("the undo script of version " + revision.id() + ", run outside a"
                    + " transaction, failed at line " + statements.get(Math.min(ran, statements.size() - 1)).line()
                    + " after " + ran + " of its " + statements.size() + " statements had run: "
                    + e.getMessage().strip() + " (Flyway still records version " + revision.id()
                    + "; finish or undo those statements by hand)", e);
        }
    }
}
