package dev.retort.e2e.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The edit: a new entity, with a foreign key to an existing one. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stars", nullable = false)
    private int stars;

    @Column(name = "body", length = 2000)
    private String body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id")
    private Book book;
}
