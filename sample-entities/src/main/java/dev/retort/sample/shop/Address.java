package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A postal address, embedded in customers, orders (twice: billing and shipping) and warehouses. The columns are
 * nullable here because a customer may have no address yet; an embedding entity that needs one says so with
 * {@code @AttributeOverride}.
 */
@Embeddable
public class Address {

    @Column(name = "street", length = 120)
    private String street;

    @Column(name = "city", length = 80)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country_code", length = 2)
    private String countryCode;

    protected Address() {
    }

    public Address(String street, String city, String postalCode, String countryCode) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.countryCode = countryCode;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    // A value object: two addresses with the same lines are the same address.
    @Override
    public boolean equals(Object other) {
        return other instanceof Address that
                && Objects.equals(street, that.street)
                && Objects.equals(city, that.city)
                && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(countryCode, that.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, postalCode, countryCode);
    }

    @Override
    public String toString() {
        return street + ", " + postalCode + " " + city + ", " + countryCode;
    }
}
