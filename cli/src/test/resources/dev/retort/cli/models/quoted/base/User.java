package dev.retort.e2e.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A table and a column whose names are reserved words, left unquoted: only hibernate.auto_quote_keyword=true makes
 * Hibernate quote them.
 */
@Entity
@Table(name = "user", schema = "\"Shop Data\"")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "group", length = 40)
    private String group;
}
