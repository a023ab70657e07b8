package dev.retort.adoption.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Blog {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    /** varchar(255) here, varchar(500) in the database. */
    @Column(nullable = false)
    private String handle;

    /** Not in the database: the entities require the column. */
    @Column(length = 1000)
    private String description;

    /** The database's key is fk_blog__user_id, ON DELETE SET NULL. */
    @ManyToOne
    private AppUser user;
}
