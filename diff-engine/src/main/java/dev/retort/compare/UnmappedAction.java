package dev.retort.compare;

/** What to do with an object the entities do not describe. */
public enum UnmappedAction {
    /** List it in the revision and in {@code check} (which then fails), change nothing. The default. */
    REPORT,
    /** Turn it into a drop operation. */
    DROP,
    /** Say nothing: the team has stated that the object is expected. */
    IGNORE
}
