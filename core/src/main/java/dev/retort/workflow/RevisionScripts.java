package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.Difference;
import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.dialect.postgresql.PostgresSection;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Provenance;
import dev.retort.templates.ScriptStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an ordered plan into the statements of a revision file, each with the short cause a reviewer reads
 * above it: what differs and, when the entities describe it, which entity or field asked for it, and whether
 * running it may lose data (as the dialect judges it: a widening type change does not). Each section is written in
 * the {@link LockAwareForm lock-aware forms} asked for, and starts with {@code SET lock_timeout} when one is given.
 */
final class RevisionScripts {

    /**
     * How a section is written.
     *
     * @param lockTimeout the {@code lock_timeout} each section sets first, or null for none
     * @param forms       the lock-aware forms to write
     */
    record Style(Duration lockTimeout, Set<LockAwareForm> forms) {
        Style {
            forms = Set.copyOf(forms);
        }

        /** Every statement in its plain, blocking form, in one transaction, with no {@code SET} of its own. */
        static final Style PLAIN = new Style(null, Set.of());

        /** The same lock timeout, and only the forms whose statements all run in one transaction. */
        Style inOneTransaction() {
            return new Style(lockTimeout, forms.contains(LockAwareForm.COMBINE) ? Set.of(LockAwareForm.COMBINE)
                    : Set.of());
        }
    }

    private RevisionScripts() {
    }

    static List<ScriptStatement> upgrade(MigrationPlan plan, Provenance provenance, Style style) {
        return statements(plan.upgrade(), provenance, "", style);
    }

    static List<ScriptStatement> downgrade(MigrationPlan plan, Provenance provenance, Style style) {
        return statements(plan.downgrade(), provenance, "undo: ", style);
    }

    private static List<ScriptStatement> statements(List<Change> changes, Provenance provenance, String prefix,
                                                    Style style) {
        List<ScriptStatement> statements = new ArrayList<>();
        if (!changes.isEmpty()) {
            lockTimeout(style, true).ifPresent(statements::add);
        }
        List<String> causes = changes.stream().map(change -> prefix + cause(change, provenance)).toList();
        for (PostgresSection.Statement statement : PostgresSection.render(
                changes.stream().map(Change::operation).toList(), style.forms())) {
            String cause = statement.operations().stream().map(causes::get).distinct()
                    .collect(Collectors.joining("; "));
            statements.add(new ScriptStatement(cause, statement.sql(), statement.destructive(),
                    statement.transactional()));
        }
        return statements;
    }

    /** The {@code SET lock_timeout} a section starts with, when the style has one. */
    static Optional<ScriptStatement> lockTimeout(Style style, boolean transactional) {
        if (style.lockTimeout() == null) {
            return Optional.empty();
        }
        // session-wide, not SET LOCAL: it must also bound the statements that run outside the transaction
        return Optional.of(new ScriptStatement("DDL that waits longer than this for its lock fails instead of"
                + " queueing the application's queries behind it (migration.lock_timeout)",
                "SET lock_timeout = '" + postgresDuration(style.lockTimeout()) + "'", false, transactional));
    }

    /** {@code 5s}, {@code 500ms}, {@code 2min}: as PostgreSQL reads a duration, and as a person writes it. */
    static String postgresDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "min";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    static String cause(Change change, Provenance provenance) {
        String what = change.differences().stream().map(Difference::describe).collect(Collectors.joining("; "));
        Set<String> origins = new LinkedHashSet<>();
        provenance.originOf(change.operation().subject()).ifPresent(origins::add);
        for (Difference difference : change.differences()) {
            provenance.originOf(difference.path()).ifPresent(origins::add);
        }
        String cause = origins.isEmpty() ? what : what + " [" + String.join(", ", origins) + "]";
        return change.note().isEmpty() ? cause : cause + " (" + change.note() + ")";
    }
}
