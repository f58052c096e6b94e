package org.consigna.inventory.domain.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; every part is optional. A class, not a record: JPA 3.1 cannot embed records. */
@Embeddable
public class Address {

    @Column(name = "address_line1")
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    private String city;

    private String region;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;

    protected Address() {
    }

    public Address(String line1, String line2, String city, String region, String postalCode, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
        this.country = country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public String region() {
        return region;
    }

    public String postalCode() {
        return postalCode;
    }

    public String country() {
        return country;
    }
}
