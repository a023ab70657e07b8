package dev.retort.e2e.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A table whose name is a reserved word, quoted by hand, in a schema whose name needs quotes. */
@Entity
// The edit: an index over a quoted column.
@Table(name = "\"order\"", schema = "\"Shop Data\"",
        indexes = @Index(name = "idx_order_placed_by", columnList = "\"Placed By\""))
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "\"Total Amount\"", precision = 12, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "\"Placed By\"", length = 60)
    private String placedBy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
}
