package dev.retort.compare;

/** A rename hint that names nothing a rename could apply to, or a rename the data cannot survive; one line. */
public final class RenameHintException extends Exception {
    public RenameHintException(String message) {
        super(message);
    }
}
