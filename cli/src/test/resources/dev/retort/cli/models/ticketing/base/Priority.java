package dev.retort.e2e.ticketing;

/** Mapped as a native PostgreSQL enum type. */
public enum Priority {
    LOW, HIGH
}
