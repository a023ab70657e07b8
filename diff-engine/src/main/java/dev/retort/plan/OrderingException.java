package dev.retort.plan;

/** The operations cannot be put in an order the database accepts; the message names the ones involved. */
public final class OrderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrderingException(String message) {
        super(message);
    }
}
