package dev.retort.workflow;

import dev.retort.revisions.AppliedBy;
import dev.retort.revisions.Interruption;
import dev.retort.revisions.PartlyAppliedException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.ScriptFailedException;
import dev.retort.revisions.ScriptRunner;
import dev.retort.revisions.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code upgrade}, {@code downgrade} and {@code stamp}. Each holds the version table's lock from before it reads
 * what is applied until it is done, so that processes started together apply every revision exactly once: a
 * process that waited re-reads the applied set and applies only what is left. Each revision runs in its own
 * transaction together with its version-table row, so a failure leaves the database at the last revision that
 * completed, never half-way through one (a {@code -- retort:no-transaction} block excepted, see
 * {@link ScriptRunner}).
 */
public final class MigrationWorkflow {

    /**
     * @param done    the revisions applied (or reverted), in the order they ran
     * @param current the revisions the database is at afterwards; empty for base
     */
    public record Outcome(List<Revision> done, Set<String> current) {
        public Outcome {
            done = List.copyOf(done);
            current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
        }
    }

    /**
     * @param current the revisions the database is at afterwards; empty for base
     * @param changes what the version table gained, lost, and accepted as changed
     */
    public record StampOutcome(Set<String> current, VersionTable.StampResult changes) {
    }

    private final Project project;

    public MigrationWorkflow(Project project) {
        this.project = project;
    }

    /**
     * @param allowChanged apply even when applied revisions' files changed since (they stay reported by check)
     */
    public Outcome upgrade(String target, boolean allowChanged, MigrationEvents events)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException {
        return uninterruptible(() -> upgrade(target, allowChanged, events, new Interruption()));
    }

    /**
     * @param interruption armed from when the version table's lock is held until it is released: a request then
     *                     cancels the statement in flight and ends the upgrade with a
     *                     {@link MigrationInterruptedException}
     */
    public Outcome upgrade(String target, boolean allowChanged, MigrationEvents events, Interruption interruption)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException,
            MigrationInterruptedException {
        return migrate(true, target, allowChanged, events, interruption);
    }

    public Outcome downgrade(String target, boolean allowChanged, MigrationEvents events)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException {
        return uninterruptible(() -> downgrade(target, allowChanged, events, new Interruption()));
    }

    private interface Migration {
        Outcome run() throws DatabaseException, DivergedException, ChangedRevisionException,
                MigrationFailedException, MigrationInterruptedException;
    }

    /** Runs a migration given an interruption that nobody else holds, so that none can be requested. */
    private static Outcome uninterruptible(Migration migration)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException {
        try {
            return migration.run();
        } catch (MigrationInterruptedException e) {
            throw new IllegalStateException("an interruption nobody holds was requested", e);
        }
    }

    /** See {@link #upgrade(String, boolean, MigrationEvents, Interruption)}. */
    public Outcome downgrade(String target, boolean allowChanged, MigrationEvents events, Interruption interruption)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException,
            MigrationInterruptedException {
        return migrate(false, target, allowChanged, events, interruption);
    }

    private Outcome migrate(boolean upgrade, String target, boolean allowChanged, MigrationEvents events,
                            Interruption interruption)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException,
            MigrationInterruptedException {
        if (project.runByFlyway() && !upgrade) {
            return new FlywayUndo(project).downgrade(target, events);
        }
        if (project.runByLiquibase() && !upgrade) {
            return new LiquibaseRollback(project).downgrade(target, events);
        }
        RunByAnotherToolException.refuseIfRunByAnotherTool(project, "upgrade");
        RevisionGraph graph = project.graph();
        graph.requireResolvable(target); // a typo or several heads fails before the database is touched
        VersionTable versionTable = project.versionTable();
        ScriptRunner runner = new ScriptRunner(versionTable, AppliedBy.thisProcess(RetortVersion.get()), interruption);
        Database database = project.database();
        MigrationSession opened;
        try {
            opened = MigrationSession.open(project, database, events);
        } catch (SQLException e) {
            throw new DatabaseException(database.explainMigrating(e, project.config().migration()), e);
        }
        // Armed only once the lock is held (a signal while waiting for it leaves nothing running on the server), and
        // disarmed only after the session closed: the lock is released after the rollback, before the exit.
        Interruption.Armed armed = interruption.arm();
        try (MigrationSession session = opened) {
            Connection connection = session.connection();
            AppliedState state = AppliedState.of(graph, versionTable.read(connection));
            state.requireConsistent(project);
            Set<String> applied = new LinkedHashSet<>(state.applied());
            if (!allowChanged) {
                state.requireUnchanged(graph.current(applied));
            }
            List<Revision> path = upgrade ? graph.upgradePath(applied, target) : graph.downgradePath(applied, target);
            List<Revision> done = new ArrayList<>();
            for (Revision revision : path) {
                requireNotInterrupted(interruption, graph, applied);
                events.migrating(revision, upgrade);
                long millis;
                try {
                    millis = run(runner, connection, revision, upgrade, graph, applied, interruption);
                } catch (MigrationFailedException | MigrationInterruptedException e) {
                    versionTable.removeIfUnused(connection, session.created());
                    throw e;
                }
                if (upgrade) {
                    applied.add(revision.id());
                } else {
                    applied.remove(revision.id());
                }
                done.add(revision);
                events.migrated(revision, upgrade, millis);
            }
            requireNotInterrupted(interruption, graph, applied);
            return new Outcome(done, graph.current(applied));
        } catch (SQLException e) {
            throw new DatabaseException(database.explainMigrating(e, project.config().migration()), e);
        } finally {
            armed.close();
        }
    }

    private static void requireNotInterrupted(Interruption interruption, RevisionGraph graph, Set<String> applied)
            throws MigrationInterruptedException {
        if (interruption.requested()) {
            throw new MigrationInterruptedException("the database stays at " + Heads.describe(graph.current(applied)),
                    interruption.signal(), null);
        }
    }

    /** A failure of a statement that an interruption cancelled is told as the interruption it was. */
    private static long run(ScriptRunner runner, Connection connection, Revision revision, boolean upgrade,
                            RevisionGraph graph, Set<String> applied, Interruption interruption)
            throws SQLException, MigrationFailedException, MigrationInterruptedException {
        try {
            return upgrade ? runner.upgrade(connection, revision) : runner.downgrade(connection, revision);
        } catch (ScriptFailedException e) {
            String rolledBack = "revision " + revision.id() + " rolled back; the database stays at "
                    + Heads.describe(graph.current(applied));
            if (interruption.requested()) {
                throw new MigrationInterruptedException(rolledBack, interruption.signal(), e);
            }
            throw new MigrationFailedException(e.getMessage() + " (" + rolledBack + ")", e);
        } catch (PartlyAppliedException e) {
            Set<String> finished = new LinkedHashSet<>(applied);
            if (upgrade) {
                finished.add(revision.id());
            } else {
                finished.remove(revision.id());
            }
            String partly = e.withStampTarget(List.copyOf(graph.current(finished))).getMessage();
            if (interruption.requested()) {
                throw new MigrationInterruptedException(partly, interruption.signal(), e);
            }
            throw new MigrationFailedException(partly, e);
        }
    }

    /**
     * Records the revisions the specs name (and everything below them) as applied, and nothing else, without
     * running anything. Revisions that stay recorded keep their audit trail; a changed file is accepted as it is.
     */
    public StampOutcome stamp(List<String> targets, MigrationEvents events) throws DatabaseException {
        RunByAnotherToolException.refuseIfRunByAnotherTool(project, "stamp");
        RevisionGraph graph = project.graph();
        Set<String> named = new LinkedHashSet<>();
        for (String target : targets) {
            named.addAll(graph.resolve(target)); // before the database is touched
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String id : graph.withAncestors(named)) {
            checksums.put(id, graph.revision(id).checksum());
        }
        VersionTable versionTable = project.versionTable();
        Database database = project.database();
        try (MigrationSession session = MigrationSession.open(project, database, events)) {
            Connection connection = session.connection();
            connection.setAutoCommit(false);
            try {
                VersionTable.StampResult changes = versionTable.stamp(connection, checksums,
                        AppliedBy.thisProcess(RetortVersion.get()));
                connection.commit();
                return new StampOutcome(graph.current(checksums.keySet()), changes);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(database.explainMigrating(e, project.config().migration()), e);
        }
    }

    /** The applied revisions as the version table records it (creating nothing). */
    public Set<String> applied() throws DatabaseException {
        Database database = project.database();
        try (Connection connection = database.connect()) {
            return project.versionTable().applied(connection);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }
}
