package dev.retort.workflow;

import dev.retort.compare.Comparison;
import dev.retort.schema.Provenance;
import java.util.List;

/**
 * What separates the database from the entities.
 *
 * @param warnings things the entity scan noticed that users should hear about
 */
public record Drift(Comparison comparison, Provenance provenance, List<String> warnings) {
    public Drift {
        warnings = List.copyOf(warnings);
    }
}
