package dev.retort.adoption.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Category extends StoreEntity {

    /** Longer than the database's varchar(80): the entities require it. */
    @Column(nullable = false, length = 120)
    private String name;
}
