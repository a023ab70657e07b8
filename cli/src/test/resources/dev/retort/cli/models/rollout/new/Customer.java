package dev.retort.e2e.rollout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The version the rolling deploy brings: {@code nick} replaced by {@code nickname} (NOT NULL), a longer
 * {@code email}, and no {@code LegacyNote} entity.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nickname", nullable = false, length = 40)
    private String nickname;

    @Column(name = "email", length = 200)
    private String email;
}
