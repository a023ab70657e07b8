package dev.retort.workflow;

import dev.retort.config.LiquibaseFilter;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import liquibase.ContextExpression;
import liquibase.changelog.ChangeSet;

/**
 * Where a database stands for Liquibase, which is not a chain: a changeset the contexts or labels leave out is never
 * run here, one inserted earlier in the changelog is run by the next {@code update} wherever it sits, and a
 * {@code DATABASECHANGELOG} row of a changeset left out here (run under other contexts) is Liquibase's business. So
 * the database is behind when Liquibase would run a changeset ({@link #pending}), and diverged only when it records a
 * changeset the changelog no longer has. The messages name Liquibase's commands, never retort's {@code upgrade} or
 * {@code stamp}, which refuse on a Liquibase project.
 */
final class LiquibaseState {

    private static final int LISTED = 3;

    private LiquibaseState() {
    }

    /**
     * The rows of {@code DATABASECHANGELOG} that matter here: those of changesets Liquibase runs with these contexts
     * and labels, and those of changesets the changelog does not have at all.
     */
    static List<AppliedRevision> rows(Project project, Connection connection) throws SQLException {
        LiquibaseChangeLog changeLog = project.liquibaseChangeLog();
        Set<String> leftOut = changeLog.changeSets().stream().filter(changeSet -> !changeLog.runs(changeSet))
                .map(LiquibaseChangeLog::key).collect(Collectors.toSet());
        return LiquibaseHistory.read(connection).stream().filter(row -> !leftOut.contains(row.id())).toList();
    }

    /**
     * Of the changesets not applied, those Liquibase skips on this database ({@link LiquibaseRunner#
     * skippedByPreconditions}); none when their preconditions cannot be checked, so that they count as not applied,
     * as Liquibase's own status counts them.
     */
    static Set<String> skipped(Project project, Connection connection, Set<String> notApplied) {
        try {
            return LiquibaseRunner.skippedByPreconditions(project.liquibaseChangeLog(), connection, notApplied);
        } catch (LiquibaseRunException e) {
            return Set.of();
        }
    }

    /** The changesets Liquibase would run on this database, in its order. */
    static List<Revision> pending(RevisionGraph graph, Set<String> applied) {
        return graph.revisions().stream().filter(revision -> !applied.contains(revision.id())).toList();
    }

    static DivergedException diverged(Project project, List<String> unknown) {
        String them = unknown.size() == 1 ? "it" : "them";
        return new DivergedException("the database records " + AppliedState.plural(unknown.size(), "changeset") + " "
                + String.join(", ", unknown) + " as applied (DATABASECHANGELOG), but the master changelog "
                + project.liquibaseChangeLog().masterFile() + " does not include " + them + ": bring the changelog"
                + " that declares " + them + " in (merge the branch that added it); if the changelog names " + them
                + " by another path, script.location is not the search path the application runs Liquibase with",
                unknown);
    }

    /** One line: which changesets Liquibase would run, and, without contexts, which of them need one. */
    static String behind(Project project, List<Revision> pending) {
        LiquibaseChangeLog changeLog = project.liquibaseChangeLog();
        LiquibaseFilter filter = changeLog.filter();
        String listed = pending.stream().limit(LISTED).map(Revision::id).collect(Collectors.joining(", "))
                + (pending.size() > LISTED ? " and " + (pending.size() - LISTED) + " more" : "");
        String message = "Liquibase (with " + filter.describe() + ") would run " + pending.size() + " "
                + AppliedState.plural(pending.size(), "changeset") + " that the database has not applied: " + listed
                + "; run `liquibase update` (or start the application) first";
        if (filter.isEmpty()) {
            Set<String> conditions = conditions(changeLog, pending);
            if (!conditions.isEmpty()) {
                message += ", or, if the application runs Liquibase with contexts or labels"
                        + " (spring.liquibase.contexts, quarkus.liquibase.contexts), set liquibase.contexts"
                        + " (and liquibase.labels) in retort.properties: these changesets have "
                        + String.join(", ", conditions);
            }
        }
        return message;
    }

    /** The contexts and labels the pending changesets are limited to, e.g. {@code context "faker"}. */
    private static Set<String> conditions(LiquibaseChangeLog changeLog, List<Revision> pending) {
        Set<String> ids = pending.stream().map(Revision::id).collect(Collectors.toSet());
        Map<String, ChangeSet> byKey = changeLog.changeSets().stream()
                .filter(changeSet -> ids.contains(LiquibaseChangeLog.key(changeSet))).collect(Collectors.toMap(LiquibaseChangeLog::key, Function.identity(), (a, b) -> a));
        Set<String> conditions = new TreeSet<>();
        for (ChangeSet changeSet : byKey.values()) {
            contexts(changeSet).forEach(context -> conditions.add("context \"" + context + "\""));
            if (changeSet.getLabels() != null && !changeSet.getLabels().isEmpty()) {
                conditions.add("labels \"" + changeSet.getLabels() + "\"");
            }
        }
        return conditions;
    }

    private static List<String> contexts(ChangeSet changeSet) {
        List<String> contexts = new ArrayList<>();
        if (changeSet.getContextFilter() != null && !changeSet.getContextFilter().isEmpty()) {
            contexts.add(changeSet.getContextFilter().toString());
        }
        Collection<ContextExpression> inherited = changeSet.getInheritableContextFilter();
        if (inherited != null) {
            inherited.stream().filter(c -> c != null && !c.isEmpty()).map(ContextExpression::toString)
                    .forEach(contexts::add);
        }
        return contexts;
    }
}
