package dev.retort.workflow;

import dev.retort.revisions.AppliedBy;
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
        return migrate(true, target, allowChanged, events);
    }

    public Outcome downgrade(String target, boolean allowChanged, MigrationEvents events)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException {
        return migrate(false, target, allowChanged, events);
    }

    private Outcome migrate(boolean upgrade, String target, boolean allowChanged, MigrationEvents events)
            throws DatabaseException, DivergedException, ChangedRevisionException, MigrationFailedException {
        RevisionGraph graph = project.graph();
        graph.requireResolvable(target); // a typo or several heads fails before the database is touched
        VersionTable versionTable = project.versionTable();
        ScriptRunner runner = new ScriptRunner(versionTable, AppliedBy.thisProcess(RetortVersion.get()));
        Database database = project.database();
        try (MigrationSession session = MigrationSession.open(project, database, events)) {
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
                events.migrating(revision, upgrade);
                long millis;
                try {
                    millis = run(runner, connection, revision, upgrade, graph, applied);
                } catch (MigrationFailedException e) {
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
            return new Outcome(done, graph.current(applied));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    private static long run(ScriptRunner runner, Connection connection, Revision revision, boolean upgrade,
                            RevisionGraph graph, Set<String> applied) throws SQLException, MigrationFailedException {
        try {
            return upgrade ? runner.upgrade(connection, revision) : runner.downgrade(connection, revision);
        } catch (ScriptFailedException e) {
            throw new MigrationFailedException(e.getMessage() + " (revision " + revision.id() + " rolled back; the "
                    + "database stays at " + Heads.describe(graph.current(applied)) + ")", e);
        } catch (PartlyAppliedException e) {
            Set<String> finished = new LinkedHashSet<>(applied);
            if (upgrade) {
                finished.add(revision.id());
            } else {
                finished.remove(revision.id());
            }
            throw new MigrationFailedException(e.withStampTarget(List.copyOf(graph.current(finished))).getMessage(),
                    e);
        }
    }

    /**
     * Records the revisions the specs name (and everything below them) as applied, and nothing else, without
     * running anything. Revisions that stay recorded keep their audit trail; a changed file is accepted as it is.
     */
    public StampOutcome stamp(List<String> targets, MigrationEvents events) throws DatabaseException {
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
            throw new DatabaseException(database.explain(e), e);
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
