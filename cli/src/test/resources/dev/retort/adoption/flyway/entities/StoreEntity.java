package dev.retort.adoption.store;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** Every store entity takes its id from one sequence; the mapping leaves its start at JPA's default. */
@MappedSuperclass
public abstract class StoreEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store")
    @SequenceGenerator(name = "store", sequenceName = "store_seq", allocationSize = 50)
    private Long id;
}
