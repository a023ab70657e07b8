package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.Difference;
import dev.retort.dialect.postgresql.PostgresDestructiveness;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Provenance;
import dev.retort.templates.ScriptStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an ordered plan into the statements of a revision file, each with the short cause a reviewer reads
 * above it: what differs and, when the entities describe it, which entity or field asked for it, and whether
 * running it may lose data (as the dialect judges it: a widening type change does not).
 */
final class RevisionScripts {

    private RevisionScripts() {
    }

    static List<ScriptStatement> upgrade(MigrationPlan plan, Provenance provenance) {
        return statements(plan.upgrade(), provenance, "");
    }

    static List<ScriptStatement> downgrade(MigrationPlan plan, Provenance provenance) {
        return statements(plan.downgrade(), provenance, "undo: ");
    }

    private static List<ScriptStatement> statements(List<Change> changes, Provenance provenance, String prefix) {
        List<ScriptStatement> statements = new ArrayList<>();
        for (Change change : changes) {
            String cause = prefix + cause(change, provenance);
            for (PostgresDestructiveness.Statement statement : PostgresDestructiveness.statements(change.operation())) {
                statements.add(new ScriptStatement(cause, statement.sql(), statement.destructive()));
            }
        }
        return statements;
    }

    static String cause(Change change, Provenance provenance) {
        String what = change.differences().stream().map(Difference::describe).collect(Collectors.joining("; "));
        Set<String> origins = new LinkedHashSet<>();
        provenance.originOf(change.operation().subject()).ifPresent(origins::add);
        for (Difference difference : change.differences()) {
            provenance.originOf(difference.path()).ifPresent(origins::add);
        }
        return origins.isEmpty() ? what : what + " [" + String.join(", ", origins) + "]";
    }
}
