package dev.retort.adoption.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends StoreEntity {

    /** The database's key is fk_order_customer, ON DELETE CASCADE. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** timestamp(6) with time zone here, timestamptz in the database. */
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    private String note;
}
