package dev.retort.scanner;

import java.util.List;

import dev.retort.schema.MadeUpNames;
import dev.retort.schema.Provenance;
import dev.retort.schema.SchemaModel;

/**
 * What the entities ask of the database: exactly what Hibernate's own {@code create} DDL would create, in catalog
 * names (PostgreSQL folding applied), with types as Hibernate spells them (not yet normalized).
 *
 * @param target        the schema the entities describe
 * @param provenance    where each table, column and sequence comes from, in the user's words
 * @param entityClasses the entity classes Hibernate mapped, sorted
 * @param warnings      one-line notes about things that work differently from what the mapping suggests
 *                      (a catalog PostgreSQL ignores, a reserved word used as a name...); never printed
 * @param madeUpNames   the foreign-key and index names Hibernate made up (not stated by the mapping): not intent
 */
public record ScanResult(SchemaModel target, Provenance provenance, List<String> entityClasses,
                         List<String> warnings, MadeUpNames madeUpNames) {

    public ScanResult {
        entityClasses = List.copyOf(entityClasses);
        warnings = List.copyOf(warnings);
    }
}
