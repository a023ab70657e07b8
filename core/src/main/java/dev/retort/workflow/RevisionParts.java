package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.dialect.postgresql.PostgresSection;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Provenance;
import dev.retort.templates.ScriptStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A revision for a runner that runs each file either in one transaction or outside any (a Flyway version, a
 * Liquibase changeset): its statements as parts, each run one way, each with the statements that undo exactly that
 * part. For retort's own files, whose no-transaction blocks sit inside one revision, it is one part.
 *
 * <p>The upgrade's parts are its section's (index drops outside a transaction, the main transaction, then index
 * builds and validations outside it), every operation in one part: an operation the section splits between the
 * transaction and after it (a constraint added {@code NOT VALID}, then validated) goes after it whole, each statement
 * committing on its own, which holds its lock no longer. A part's undo is its operations' inverses, newest first, in
 * the lock-aware forms for a part outside the transaction, in the plain ones for the transaction's (so that it stays
 * one transaction), and is run as its part is. The parts run in order and are undone in reverse, so each undo finds
 * the database as its part left it.
 */
record RevisionParts(List<Part> parts) {

    /**
     * @param transactional whether the upgrade and the downgrade run in one transaction each, or every statement on its
     *                      own
     * @param downgrade     the statements that undo exactly {@code upgrade}
     */
    record Part(boolean transactional, List<ScriptStatement> upgrade, List<ScriptStatement> downgrade) {
        Part {
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
        }
    }

    RevisionParts {
        parts = List.copyOf(parts);
    }

    /** A revision that runs as one: its runner handles the statements to run outside the transaction itself. */
    static RevisionParts whole(List<ScriptStatement> upgrade, List<ScriptStatement> downgrade) {
        return new RevisionParts(List.of(new Part(true, upgrade, downgrade)));
    }

    /** The plan as parts, the upgrade written in the style's forms. */
    static RevisionParts split(MigrationPlan plan, Provenance provenance, RevisionScripts.Style style) {
        List<Change> changes = plan.upgrade();
        List<Operation> operations = changes.stream().map(Change::operation).toList();
        PostgresSection.Parts section = PostgresSection.parts(operations, style.forms());
        List<PostgresSection.Statement> main = new ArrayList<>(section.main());
        List<PostgresSection.Statement> after = new ArrayList<>(section.after());
        for (int operation = 0; operation < operations.size(); operation++) {
            wholeInOnePart(operation, operations.get(operation), main, after);
        }
        List<Part> parts = new ArrayList<>();
        if (!section.before().isEmpty()) {
            parts.add(part(section.before(), false, changes, provenance, style));
        }
        if (!main.isEmpty()) {
            parts.add(part(main, true, changes, provenance, style));
        }
        if (!after.isEmpty()) {
            parts.add(part(after, false, changes, provenance, style));
        }
        return new RevisionParts(parts);
    }

    /** Every part's upgrade, in order. */
    List<ScriptStatement> upgrade() {
        return parts.stream().flatMap(part -> part.upgrade().stream()).toList();
    }

    /** Every part's downgrade, the last part's first. */
    List<ScriptStatement> downgrade() {
        List<ScriptStatement> downgrade = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            downgrade.addAll(parts.get(i).downgrade());
        }
        return downgrade;
    }

    /**
     * An operation with statements both in the transaction and after it goes after it whole when its part in the
     * transaction only prepares what follows (the {@code NOT VALID} add of a constraint or of SET NOT NULL's helper
     * check), right before its first statement there; otherwise (SET NOT NULL along with another change of the
     * column) what follows joins the end of the transaction, where it is correct, if not lock-aware.
     */
    private static void wholeInOnePart(int index, Operation operation, List<PostgresSection.Statement> main,
                                       List<PostgresSection.Statement> after) {
        List<PostgresSection.Statement> inMain = main.stream().filter(s -> s.operations().contains(index)).toList();
        List<PostgresSection.Statement> inAfter = after.stream().filter(s -> s.operations().contains(index)).toList();
        if (inMain.isEmpty() || inAfter.isEmpty()) {
            return;
        }
        boolean onlyPreparing = operation instanceof AddConstraint || operation instanceof AlterColumn alter
                && alter.aspects().equals(Set.of(ColumnAspect.NULLABILITY));
        if (onlyPreparing) {
            main.removeAll(inMain);
            after.addAll(after.indexOf(inAfter.get(0)), inMain.stream().map(s -> withTransactional(s, false))
                    .toList());
        } else {
            after.removeAll(inAfter);
            inAfter.forEach(s -> main.add(withTransactional(s, true)));
        }
    }

    private static PostgresSection.Statement withTransactional(PostgresSection.Statement statement,
                                                               boolean transactional) {
        return new PostgresSection.Statement(statement.operations(), statement.sql(), statement.destructive(),
                transactional);
    }

    /** The statements as one part, with the undo of their operations. */
    private static Part part(List<PostgresSection.Statement> statements, boolean transactional, List<Change> changes,
                             Provenance provenance, RevisionScripts.Style style) {
        TreeSet<Integer> indexes = new TreeSet<>();
        statements.forEach(statement -> indexes.addAll(statement.operations()));
        List<String> causes = changes.stream().map(change -> RevisionScripts.cause(change, provenance)).toList();
        List<ScriptStatement> upgrade = new ArrayList<>();
        RevisionScripts.lockTimeout(style, transactional).ifPresent(upgrade::add);
        statements.forEach(statement -> upgrade.add(scriptStatement(statement, causes, "", transactional)));

        List<Change> inverses = indexes.descendingSet().stream().map(i -> new Change(changes.get(i).operation()
                .reverse(), changes.get(i).differences())).toList();
        List<String> undoCauses = indexes.descendingSet().stream().map(causes::get).toList();
        Set<LockAwareForm> forms = transactional ? style.inOneTransaction().forms() : style.forms();
        List<ScriptStatement> downgrade = new ArrayList<>();
        RevisionScripts.lockTimeout(style, transactional).ifPresent(downgrade::add);
        PostgresSection.render(inverses.stream().map(Change::operation).toList(), forms).forEach(
                statement -> downgrade.add(scriptStatement(statement, undoCauses, "undo: ", transactional)));
        return new Part(transactional, upgrade, downgrade);
    }


    private static ScriptStatement scriptStatement(PostgresSection.Statement statement, List<String> causes,
                                                   String prefix, boolean transactional) {
        String cause = statement.operations().stream().map(causes::get).distinct().map(c -> prefix + c)
                .collect(Collectors.joining("; "));
        return new ScriptStatement(cause, statement.sql(), statement.destructive(), transactional);
    }
}
