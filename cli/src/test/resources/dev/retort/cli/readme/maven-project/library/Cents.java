package com.example.shared;

/** A value type of the library, stored through its converter. */
public record Cents(long value) {
}
