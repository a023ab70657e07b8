package dev.retort.adoption.evolving;

public enum Status {
    NEW, PAID, SHIPPED
}
