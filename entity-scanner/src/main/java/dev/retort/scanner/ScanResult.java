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
 * @param hibernateVersion the version of the Hibernate that scanned, {@code 6.6.56.Final}
 * @param hibernateOrigin  whose Hibernate that is: {@code retort's own}, or the application's and which jar
 */
public record ScanResult(SchemaModel target, Provenance provenance, List<String> entityClasses,
                         List<String> warnings, MadeUpNames madeUpNames, String hibernateVersion,
                         String hibernateOrigin) {

    public ScanResult {
        entityClasses = List.copyOf(entityClasses);
        warnings = List.copyOf(warnings);
    }

    /** This result, said to be scanned by another Hibernate. */
    public ScanResult scannedWith(String version, String origin) {
        return new ScanResult(target, provenance, entityClasses, warnings, madeUpNames, version, origin);
    }

    /** For {@code --verbose}: {@code Hibernate 6.6.56.Final (the application's, hibernate-core-6.6.56.Final.jar ...)}. */
    public String scannedBy() {
        return "Hibernate " + hibernateVersion + " (" + hibernateOrigin + ")";
    }
}
