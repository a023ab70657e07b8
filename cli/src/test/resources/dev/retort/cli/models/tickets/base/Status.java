package dev.retort.e2e.tickets;

/** Mapped as varchar with a check constraint listing the labels. */
public enum Status {
    OPEN, CLOSED
}
