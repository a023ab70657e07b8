package dev.retort.adoption.evolving;

/** Mapped as a native PostgreSQL enum type. */
public enum Priority {
    LOW, HIGH, URGENT
}
