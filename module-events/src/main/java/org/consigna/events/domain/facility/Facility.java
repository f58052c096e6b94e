package org.consigna.events.domain.facility;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.value.Address;

/** A place where events happen and devices are sold: a hospital or surgery center. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    private UUID id;

    private String name;

    /** The facility table's first address line is called street (it was there before the shared address). */
    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "street"))
    private Address address;

    private String phone;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Facility() {
    }

    public Facility(String name, Address address, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = now;
        change(name, address, phone, now);
    }

    public void change(String name, Address address, String phone, Instant now) {
        this.name = name.trim();
        this.address = address;
        this.phone = phone;
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void activate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    /** Events may only be held at active facilities. */
    public void requireActive() {
        if (!active) {
            throw ProblemException.conflict("facility-inactive", "Facility '" + name + "' is deactivated");
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }
}
