package dev.retort.adoption.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Ledger {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator", sequenceName = "sequence_generator", allocationSize = 50,
            initialValue = 1050)
    private Long id;

    @Column(nullable = false)
    private String title;

    @ManyToOne
    private Member owner;

    /** The one change the entities make: a column no changeset has created yet. */
    @Column(length = 3)
    private String currency;
}
