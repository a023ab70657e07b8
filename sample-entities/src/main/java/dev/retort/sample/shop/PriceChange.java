package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** An audit event: a product's price was changed. */
@Entity
@DiscriminatorValue("PRICE_CHANGE")
public class PriceChange extends AuditEvent {

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "old_price", precision = 12, scale = 2)
    private BigDecimal oldPrice;

    @Column(name = "new_price", precision = 12, scale = 2)
    private BigDecimal newPrice;

    protected PriceChange() {
    }

    public PriceChange(String actor, Long productId, BigDecimal oldPrice, BigDecimal newPrice) {
        super(actor);
        this.productId = productId;
        this.oldPrice = oldPrice;
        this.newPrice = newPrice;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getOldPrice() {
        return oldPrice;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }
}
