package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A company the shop buys products from. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "vat_number", unique = true, length = 20)
    private String vatNumber;

    @ManyToMany(mappedBy = "suppliers")
    private Set<Product> products = new HashSet<>();

    protected Supplier() {
    }

    public Supplier(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public Set<Product> getProducts() {
        return products;
    }
}
