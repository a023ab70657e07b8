package dev.retort.sample.shop;

/** The outcome of a payment attempt; stored by name. */
public enum PaymentStatus {
    PENDING,
    AUTHORIZED,
    CAPTURED,
    FAILED,
    REFUNDED
}
