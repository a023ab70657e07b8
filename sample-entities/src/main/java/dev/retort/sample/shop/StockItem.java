package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/** How many units of one product one warehouse holds. */
@Entity
@Table(name = "stock_item", uniqueConstraints = @UniqueConstraint(name = "uk_stock_item_product_warehouse",
        columnNames = {"product_id", "warehouse_id"}))
public class StockItem {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "warehouse_id", nullable = false)
    private Warehouse warehouse;

    @Column(name = "quantity_on_hand", nullable = false)
    private int quantityOnHand;

    @Column(name = "reorder_level", nullable = false)
    private int reorderLevel;

    @Column(name = "last_counted_at")
    private Instant lastCountedAt;

    // Stock is updated concurrently by checkout and by goods-in; the version stops lost updates.
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockItem() {
    }

    public StockItem(Product product, Warehouse warehouse, int quantityOnHand) {
        this.product = product;
        this.warehouse = warehouse;
        this.quantityOnHand = quantityOnHand;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public int getQuantityOnHand() {
        return quantityOnHand;
    }

    public void setQuantityOnHand(int quantityOnHand) {
        this.quantityOnHand = quantityOnHand;
    }

    public int getReorderLevel() {
        return reorderLevel;
    }

    public void setReorderLevel(int reorderLevel) {
        this.reorderLevel = reorderLevel;
    }

    public Instant getLastCountedAt() {
        return lastCountedAt;
    }

    public void setLastCountedAt(Instant lastCountedAt) {
        this.lastCountedAt = lastCountedAt;
    }

    public long getVersion() {
        return version;
    }
}
