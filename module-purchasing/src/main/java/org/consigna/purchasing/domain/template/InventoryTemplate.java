package org.consigna.purchasing.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named set of stocking levels (item, default vendor, minimum, base) that recipients are given. */
@Entity
@Table(name = "inventory_template")
public class InventoryTemplate {

    @Id
    private UUID id;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected InventoryTemplate() {
    }

    public InventoryTemplate(String name, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.trim();
        this.createdAt = now;
    }

    public void rename(String name) {
        this.name = name.trim();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
