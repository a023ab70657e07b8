package dev.retort.e2e.tickets;

/** A label the database's enum type lacks. */
public enum Priority {
    LOW, HIGH, URGENT
}
