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
 */
public record Drift(Comparison comparison, Provenance provenance, List<String> warnings, HistoryBasis.Kind basis,
                    List<QualifiedName> unexplained) {
    public Drift {
        warnings = List.copyOf(warnings);
        unexplained = List.copyOf(unexplained);
    }
}
