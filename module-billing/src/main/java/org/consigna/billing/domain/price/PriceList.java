package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named, reusable set of item prices, assignable to many facilities. */
@Entity
@Table(name = "billing_price_list")
public class PriceList {

    @Id
    private UUID id;

    private String name;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected PriceList() {
    }

    public PriceList(String name, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.trim();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
