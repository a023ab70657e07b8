package dev.retort.dialect.postgresql;

/** The target could not be put in canonical form; the one-line message names the object and the reason. */
public final class NormalizationException extends Exception {
    private static final long serialVersionUID = 1L;

    public NormalizationException(String message) {
        super(message);
    }

    public NormalizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
