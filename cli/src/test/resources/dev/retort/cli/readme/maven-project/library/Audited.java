package com.example.shared;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A superclass the application's entities take from a library jar: its columns are theirs. */
@MappedSuperclass
public abstract class Audited {

    private Instant createdAt;

    private String createdBy;
}
