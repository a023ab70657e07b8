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

@Entity
// The edit: a new column, and an index on the title (built concurrently on a live table).
@Table(name = "book", indexes = @Index(name = "idx_book_title", columnList = "title"))
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "isbn", length = 13)
    private String isbn;

    /** The edit: a new column. */
    @Column(name = "subtitle", length = 150)
    private String subtitle;

    @Column(name = "pages")
    private Integer pages;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Author author;
}
