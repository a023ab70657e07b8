package dev.retort.sample.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order a customer placed, with the addresses as they were at checkout. */
@Entity
// "order" is reserved; the table is named customer_order so that no quoting is needed.
@Table(name = "customer_order",
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_order_number", columnNames = "order_number"),
        indexes = {
                @Index(name = "idx_customer_order_customer", columnList = "customer_id"),
                @Index(name = "idx_customer_order_status_placed", columnList = "status, placed_at DESC")
        })
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_number", nullable = false, length = 20)
    private String orderNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status = OrderStatus.NEW;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAmount = BigDecimal.ZERO;

    /** ISO 4217 code. */
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street", nullable = false, length = 120)),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false, length = 80)),
            @AttributeOverride(name = "postalCode",
                    column = @Column(name = "billing_postal_code", nullable = false, length = 16)),
            @AttributeOverride(name = "countryCode",
                    column = @Column(name = "billing_country_code", nullable = false, length = 2))
    })
    private Address billingAddress;

    /** Null for orders with nothing to ship (gift cards). */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120)),
            @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 80)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    })
    private Address shippingAddress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coupon_id")
    private Coupon coupon;

    @Column(name = "customer_note", length = 500)
    private String customerNote;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    public CustomerOrder(String orderNumber, String currency, Address billingAddress, Instant placedAt) {
        this.orderNumber = orderNumber;
        this.currency = currency;
        this.billingAddress = billingAddress;
        this.placedAt = placedAt;
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(Address billingAddress) {
        this.billingAddress = billingAddress;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public Coupon getCoupon() {
        return coupon;
    }

    public void setCoupon(Coupon coupon) {
        this.coupon = coupon;
    }

    public String getCustomerNote() {
        return customerNote;
    }

    public void setCustomerNote(String customerNote) {
        this.customerNote = customerNote;
    }

    public int getVersion() {
        return version;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    /** Adds a line at the next position and keeps the order total in step with the lines. */
    public OrderLine addLine(Product product, int quantity, BigDecimal unitPrice) {
        OrderLine line = new OrderLine(this, lines.size() + 1, product, quantity, unitPrice);
        lines.add(line);
        totalAmount = totalAmount.add(line.getLineTotal());
        return line;
    }
}
