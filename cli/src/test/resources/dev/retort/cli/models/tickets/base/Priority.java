package dev.retort.e2e.tickets;

/** Mapped as a native PostgreSQL enum type, which normalization needs to exist where it samples columns. */
public enum Priority {
    LOW, HIGH
}
