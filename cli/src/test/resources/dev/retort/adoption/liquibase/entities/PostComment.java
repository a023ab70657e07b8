package dev.retort.adoption.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** New with this version of the entities: its table and sequence are not in the database yet. */
@Entity
public class PostComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commentSequence")
    @SequenceGenerator(name = "commentSequence", sequenceName = "post_comment_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String body;

    @ManyToOne(optional = false)
    private Post post;

    @ManyToOne
    private AppUser author;

    private Instant createdDate;
}
