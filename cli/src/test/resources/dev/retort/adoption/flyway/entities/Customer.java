package dev.retort.adoption.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDateTime;

@Entity
public class Customer extends StoreEntity {

    /** varchar(255) here, varchar(500) with a unique key of its own in the database. */
    @Column(nullable = false)
    private String email;

    /** varchar(120), nullable, here; text NOT NULL in the database. */
    @Column(name = "full_name", length = 120)
    private String fullName;

    /** integer here, bigint with a default in the database. */
    @Column(name = "loyalty_points")
    private int loyaltyPoints;

    /** timestamp(6) here, timestamp NOT NULL DEFAULT now() in the database. */
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    /** Not in the database: the entities require the column. */
    @Column(length = 30)
    private String phone;
}
