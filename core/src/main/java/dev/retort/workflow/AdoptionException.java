package dev.retort.workflow;

import dev.retort.schema.QualifiedName;
import java.util.List;

/**
 * {@code revision --autogenerate} on a database that holds tables no revision made, and no baseline: without a
 * history, retort cannot tell what the entities changed from what the database has always had.
 */
public final class AdoptionException extends Exception {
    private static final long serialVersionUID = 1L;

    private AdoptionException(String message) {
        super(message);
    }

    static AdoptionException noBaseline(List<QualifiedName> tables, String database, boolean liquibase) {
        String some = String.join(", ", tables.stream().limit(3).map(QualifiedName::toString).toList())
                + (tables.size() > 3 ? ", ..." : "");
        return new AdoptionException(database + " has " + tables.size() + " table(s) no " + (liquibase
                ? "applied changeset" : "revision") + " made (" + some + "): to adopt it, " + howToAdopt(liquibase)
                + ", or `retort revision --autogenerate --without-baseline` to compare with the database alone");
    }

    /**
     * retort's baseline, or, where Liquibase keeps the record (and retort's baseline refuses), Liquibase's own way:
     * a changelog of the schema as it is, marked applied.
     */
    static String howToAdopt(boolean liquibase) {
        return liquibase ? "record the schema as it is in a changelog of your own (liquibase generate-changelog"
                + " writes one), include it from the master changelog and mark it applied with"
                + " `liquibase changelog-sync`"
                : "run `retort baseline` (a first revision that records the schema as it is, and the differences"
                + " you accept)";
    }

    static AdoptionException alreadyHasRevisions(java.nio.file.Path versions, dev.retort.revisions.RevisionGraph graph) {
        return new AdoptionException(versions + " already has " + graph.size() + " revision(s): a baseline is the first"
                + " revision of a project. To adopt another copy of the database a baseline was taken from, run"
                + " `retort stamp <baseline id>` there; to start over, move the revisions away first");
    }

    static AdoptionException alreadyApplied(String database) {
        return new AdoptionException(database + " already records applied revisions: it is adopted; run"
                + " `retort revision --autogenerate` for what changed");
    }
}
