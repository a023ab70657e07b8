package dev.retort.adoption.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** Each entity declares the one generator of the application, as generated applications do. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    private Long id;

    /** The database's unique key is ux_user_login. */
    @Column(length = 50, unique = true, nullable = false)
    private String login;

    @Column(length = 191, unique = true)
    private String email;

    /** The database has DEFAULT false. */
    @Column(nullable = false)
    private boolean activated;

    /** Nullable here; NOT NULL in the database. */
    @Column(length = 50)
    private String createdBy;

    /** An Instant in a timestamp column (hibernate.type.preferred_instant_jdbc_type=TIMESTAMP). */
    private Instant createdDate;

    /** The join table's key lists authority_name first in the database. */
    @ManyToMany
    @JoinTable(name = "user_authority", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "authority_name"))
    private Set<Authority> authorities;
}
