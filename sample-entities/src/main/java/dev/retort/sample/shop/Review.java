package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A customer's rating and opinion of a product. */
@Entity
@Table(name = "review", indexes = @Index(name = "idx_review_product_created", columnList = "product_id, created_at"))
public class Review {

    // Reviews are addressed by id in public URLs; a time-ordered UUID keeps the primary key index compact.
    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Customer author;

    /** 1 to 5 stars. */
    @Column(name = "rating", nullable = false)
    private short rating;

    @Column(name = "title", length = 120)
    private String title;

    @Column(name = "body", columnDefinition = "text")
    private String body;

    @Column(name = "verified_purchase", nullable = false)
    private boolean verifiedPurchase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Review() {
    }

    public Review(Product product, Customer author, short rating) {
        this.product = product;
        this.author = author;
        this.rating = rating;
    }

    public UUID getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Customer getAuthor() {
        return author;
    }

    public short getRating() {
        return rating;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isVerifiedPurchase() {
        return verifiedPurchase;
    }

    public void setVerifiedPurchase(boolean verifiedPurchase) {
        this.verifiedPurchase = verifiedPurchase;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
