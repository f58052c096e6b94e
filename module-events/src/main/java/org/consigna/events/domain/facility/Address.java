package org.consigna.events.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, as printed on sales orders. */
@Embeddable
public class Address {

    private String street;

    private String city;

    private String region;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;

    protected Address() {
    }

    public Address(String street, String city, String region, String postalCode, String country) {
        this.street = street;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
        this.country = country;
    }

    public String street() {
        return street;
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
