package dev.retort.e2e.ticketing;

/** A label added, and (in Ticket) made the default in the same revision. */
public enum Priority {
    LOW, HIGH, URGENT
}
