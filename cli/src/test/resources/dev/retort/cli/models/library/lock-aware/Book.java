package dev.retort.e2e.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

// The edit, each part of it on a table with rows, in its lock-aware form: an index on the title (built
// concurrently), a unique isbn (its index built concurrently, then attached), a mandatory isbn (through a validated
// check), and a reference to a publisher (its foreign key added NOT VALID, then validated).
@Table(name = "book", indexes = @Index(name = "idx_book_title", columnList = "title"),
        uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"))
@Entity
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "isbn", nullable = false, length = 13)
    private String isbn;

    @Column(name = "pages")
    private Integer pages;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Author author;

    @ManyToOne
    private Publisher publisher;
}
