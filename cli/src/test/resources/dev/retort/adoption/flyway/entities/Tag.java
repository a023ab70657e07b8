package dev.retort.adoption.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Tag extends StoreEntity {

    @Column(nullable = false, length = 50)
    private String label;
}
