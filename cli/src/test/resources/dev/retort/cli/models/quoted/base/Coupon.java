package dev.retort.e2e.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mixed-case quoted table name in the quoted schema. */
@Entity
@Table(name = "\"Coupon\"", schema = "\"Shop Data\"")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "\"Code\"", nullable = false, length = 20)
    private String code;
}
