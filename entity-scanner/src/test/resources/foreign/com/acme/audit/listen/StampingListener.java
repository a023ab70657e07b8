package com.acme.audit.listen;

import com.acme.clock.Clock;
import jakarta.persistence.PrePersist;

/** A listener whose superclass lives in another jar, as Spring Data's auditing listener's types do. */
public class StampingListener extends Clock {

    @PrePersist
    public void stamp(Object entity) {
        now();
    }
}
