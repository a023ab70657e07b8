package dev.retort.sample.shop;

/** Where an order is in its life; stored by name. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
