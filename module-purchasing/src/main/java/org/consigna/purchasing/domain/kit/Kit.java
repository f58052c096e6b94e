package org.consigna.purchasing.domain.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named bundle of items, for purchasing only: stock never holds a kit, only its items. */
@Entity
@Table(name = "kit")
public class Kit {

    @Id
    private UUID id;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Kit() {
    }

    public Kit(String name, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.trim();
        this.createdAt = now;
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
