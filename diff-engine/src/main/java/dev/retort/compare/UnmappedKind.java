package dev.retort.compare;

/** Objects a database can have that the entities do not describe. */
public enum UnmappedKind {
    TABLE, INDEX, SEQUENCE, VIEW
}
