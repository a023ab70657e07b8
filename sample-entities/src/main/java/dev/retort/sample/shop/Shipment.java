package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A parcel sent from a warehouse for an order; an order may ship in several parcels. */
@Entity
@Table(name = "shipment", indexes = @Index(name = "idx_shipment_order", columnList = "order_id"))
public class Shipment {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private CustomerOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "warehouse_id", nullable = false)
    private Warehouse warehouse;

    @Column(name = "carrier", nullable = false, length = 40)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    protected Shipment() {
    }

    public Shipment(CustomerOrder order, Warehouse warehouse, String carrier) {
        this.order = order;
        this.warehouse = warehouse;
        this.carrier = carrier;
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    /** Records that the parcel left the warehouse under a carrier's tracking number. */
    public void markShipped(String trackingNumber, Instant when) {
        this.trackingNumber = trackingNumber;
        this.shippedAt = when;
    }

    public void markDelivered(LocalDate on) {
        this.deliveredOn = on;
    }
}
