package com.acme.absent;

/** Compiled, then deleted by the test: the dependency a user forgot to put on the classpath. */
public class Framework {
}
