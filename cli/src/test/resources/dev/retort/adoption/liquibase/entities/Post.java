package dev.retort.adoption.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

@Entity
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    private Long id;

    @Column(nullable = false)
    private String title;

    /** Longer than the database's varchar(100): the entities require it. */
    @Column(length = 200)
    private String summary;

    /** varchar(4000) here, text in the database. */
    @Column(length = 4000)
    private String content;

    /** timestamp NOT NULL in the database. */
    @Column(nullable = false)
    private Instant date;

    /** timestamp in the database. */
    private LocalDateTime editedAt;

    /** Unique here, not in the database: the entities require the key. */
    @Column(unique = true, length = 100)
    private String slug;

    /** integer, nullable, here; bigint NOT NULL DEFAULT 0 in the database. */
    private Integer viewCount;

    /** The database has blog_id and no foreign key: the entities require it. */
    @ManyToOne
    private Blog blog;

    @ManyToMany
    @JoinTable(name = "rel_post__tag", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags;
}
