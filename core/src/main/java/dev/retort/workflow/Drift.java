package dev.retort.workflow;

import dev.retort.compare.Comparison;
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
 */
public record Drift(Comparison comparison, Provenance provenance, List<String> warnings, HistoryBasis.Kind basis,
                    List<QualifiedName> unexplained, List<PendingContract.PendingChange> pending) {
    public Drift {
        warnings = List.copyOf(warnings);
        unexplained = List.copyOf(unexplained);
        pending = List.copyOf(pending);
    }

    public Drift(Comparison comparison, Provenance provenance, List<String> warnings, HistoryBasis.Kind basis,
                 List<QualifiedName> unexplained) {
        this(comparison, provenance, warnings, basis, unexplained, List.of());
    }

    Drift withPending(Comparison rest, List<PendingContract.PendingChange> setAside) {
        return new Drift(rest, provenance, warnings, basis, unexplained, setAside);
    }
}
