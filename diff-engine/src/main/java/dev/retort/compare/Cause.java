package dev.retort.compare;

/**
 * Why a difference between the database and the entities is there, as far as the revision history can tell. It
 * decides what becomes of the difference when no configured rule does: what the developer changed is applied, what
 * happened to the database outside the revisions is reported, and without a history to tell, each kind has its
 * conservative default ({@link Category#defaultAction()}).
 */
public enum Cause {
    /** The entities changed it since the last revision (the history differs from the entities here). */
    CHANGE("change"),
    /** The database changed it outside the revisions (the database differs from the history here). */
    DRIFT("drift"),
    /**
     * The history made it, and it is something the entities cannot describe (a partial index, a view, a deferrable
     * foreign key): the database is as the revisions left it, which is not a difference worth a word.
     */
    HISTORY("history"),
    /** Listed as accepted when the database was adopted ({@code retort baseline}): kept as it is, silently. */
    ACCEPTED("accepted"),
    /** No revision history to compare with (an adopted database without baseline, or a history that would not replay). */
    NO_HISTORY("no-history");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    /** How reports name it. */
    public String label() {
        return label;
    }
}
