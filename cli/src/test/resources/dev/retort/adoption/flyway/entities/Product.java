package dev.retort.adoption.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Set;

@Entity
public class Product extends StoreEntity {

    /** Unique in the entities, not in the database: the entities require the key. */
    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    /** Nullable here; the database says NOT NULL DEFAULT 'ACTIVE'. */
    @Column(length = 20)
    private String status;

    /** The database's key says ON DELETE SET NULL, under a name of its own. */
    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToMany
    @JoinTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags;
}
