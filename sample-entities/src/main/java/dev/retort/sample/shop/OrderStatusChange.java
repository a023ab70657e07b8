package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An audit event: an order moved from one status to another. */
@Entity
@DiscriminatorValue("ORDER_STATUS")
public class OrderStatusChange extends AuditEvent {

    // Plain ids, no foreign keys: the audit trail must outlive the rows it talks about.
    @Column(name = "order_id")
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private OrderStatus toStatus;

    protected OrderStatusChange() {
    }

    public OrderStatusChange(String actor, Long orderId, OrderStatus fromStatus, OrderStatus toStatus) {
        super(actor);
        this.orderId = orderId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public Long getOrderId() {
        return orderId;
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }
}
