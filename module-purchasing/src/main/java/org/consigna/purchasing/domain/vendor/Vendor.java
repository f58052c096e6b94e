package org.consigna.purchasing.domain.vendor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Column;

/**
 * A company the tenant buys from. A vendor with an electronic ordering connector gets its purchase orders through it;
 * one without gets them by e-mail or as a download.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    private UUID id;

    private String name;

    private String email;

    private String connector;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Vendor() {
    }

    public Vendor(String name, String email, String connector, Instant now) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = now;
        change(name, email, connector);
    }

    public void change(String name, String email, String connector) {
        this.name = name.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.connector = connector == null || connector.isBlank() ? null : connector.trim();
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String connector() {
        return connector;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
