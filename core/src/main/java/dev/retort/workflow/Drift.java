package dev.retort.workflow;

import dev.retort.compare.Comparison;
import dev.retort.compare.RenameSuggestions;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import java.util.List;

/**
 * What separates the database from the entities.
 *
 * @param warnings    things the entity scan and the history's replay noticed that users should hear about
 * @param basis       what the comparison knew of the revision history
 * @param unexplained the database's tables that no revision made, when nothing is applied to it (a database to
 *                    adopt with {@code retort baseline}); empty otherwise
 * @param pending     what {@code check} found that applied expand revisions left for their contract: not in
 *                    {@code comparison}, since it is no difference to fix
 * @param suggestions renames the comparison may have missed, each a line naming the {@code --rename} that would keep
 *                    the data ({@link dev.retort.compare.RenameSuggestions}); never made without that hint
 */
public record Drift(Comparison comparison, Provenance provenance, List<String> warnings, HistoryBasis.Kind basis,
                    List<QualifiedName> unexplained, List<PendingContract.PendingChange> pending,
                    List<RenameSuggestions.Suggestion> suggestions) {
    public Drift {
        warnings = List.copyOf(warnings);
        unexplained = List.copyOf(unexplained);
        pending = List.copyOf(pending);
        suggestions = List.copyOf(suggestions);
    }

    public Drift(Comparison comparison, Provenance provenance, List<String> warnings, HistoryBasis.Kind basis,
                 List<QualifiedName> unexplained) {
        this(comparison, provenance, warnings, basis, unexplained, List.of(), List.of());
    }

    Drift withPending(Comparison rest, List<PendingContract.PendingChange> setAside) {
        return new Drift(rest, provenance, warnings, basis, unexplained, setAside, suggestions);
    }

    Drift withSuggestions(List<RenameSuggestions.Suggestion> more) {
        return new Drift(comparison, provenance, warnings, basis, unexplained, pending, more);
    }
}
