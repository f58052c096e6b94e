package org.consigna.events.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * A person at a facility. A contact with a billing rank is one of the facility's billing
 * contacts; rank 1 is the default recipient of sales orders.
 */
@Entity
@Table(name = "facility_contact")
public class FacilityContact {

    @Id
    private UUID id;

    @Column(name = "facility_id")
    private UUID facilityId;

    private String name;

    private String title;

    private String email;

    private String phone;

    @Column(name = "billing_rank")
    private Integer billingRank;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected FacilityContact() {
    }

    public FacilityContact(UUID facilityId, String name, String title, String email, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.facilityId = facilityId;
        this.active = true;
        this.createdAt = now;
        change(name, title, email, phone);
    }

    public void change(String name, String title, String email, String phone) {
        this.name = name.trim();
        this.title = title;
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone;
        if (billingRank != null && this.email == null) {
            throw ProblemException.badRequest("billing-contact-email", "A billing contact needs an e-mail address");
        }
    }

    /** Places the contact in the facility's billing order (1 = first), or takes it out with {@code null}. */
    public void billingRank(Integer rank) {
        if (rank != null && (email == null || !active)) {
            throw ProblemException.badRequest("billing-contact-email",
                    "Contact '" + name + "' must be active and have an e-mail address to be a billing contact");
        }
        this.billingRank = rank;
    }

    public void deactivate() {
        this.active = false;
        this.billingRank = null;
    }

    public void activate() {
        this.active = true;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Integer billingRank() {
        return billingRank;
    }

    public boolean isActive() {
        return active;
    }
}
