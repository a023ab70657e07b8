package dev.retort.compare;

/** Tells, for a difference between the database and the entities, why it is there. */
@FunctionalInterface
public interface Attribution {

    /** No history to ask: every difference is {@link Cause#NO_HISTORY}. */
    Attribution NO_HISTORY = difference -> Cause.NO_HISTORY;

    /**
     * The database is the history (it was built by the revisions alone, as the embedded replay is): whatever differs
     * from the entities, the entities changed; what they cannot describe, the history made.
     */
    Attribution DATABASE_IS_HISTORY = difference -> difference.category() == Category.UNSUPPORTED ? Cause.NO_HISTORY
            : difference.describable() ? Cause.CHANGE : Cause.HISTORY;

    Cause causeOf(Difference difference);

    /** This attribution, with the differences accepted at adoption kept as they are. */
    default Attribution accepting(AcceptedDifferences accepted) {
        return difference -> accepted.accepts(difference) ? Cause.ACCEPTED : causeOf(difference);
    }
}
