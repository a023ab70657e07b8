package dev.retort.reflect;

/** Reading a live schema failed. The message is one line naming what could not be read and why. */
public final class ReflectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReflectionException(String message) {
        super(message);
    }

    public ReflectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
