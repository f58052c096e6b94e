package org.consigna.platform.value;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, the platform's one: locations, facilities, billing contacts and vendors embed it.
 * Every part is optional. A class, not a record: JPA 3.1 cannot embed records. Its columns are
 * {@code address_line1}, {@code address_line2}, {@code city}, {@code region}, {@code postal_code} and
 * {@code country}; an entity whose table names one differently overrides it.
 */
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
        this.country = country;
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
