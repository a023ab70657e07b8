package dev.retort.adoption.store;

import java.io.Serializable;
import java.util.Objects;

public class OrderLineKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long orderId;
    private int lineNo;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineKey key && Objects.equals(orderId, key.orderId) && lineNo == key.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
