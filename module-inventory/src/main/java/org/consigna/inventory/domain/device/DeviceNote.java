package org.consigna.inventory.domain.device;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note on a device; allowed on inactive devices too. Appended, never edited. */
@Entity
@Table(name = "device_note")
@Cacheable(false)
public class DeviceNote {

    @Id
    private UUID id;

    @Column(name = "device_id")
    private UUID deviceId;

    private String text;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DeviceNote() {
    }

    public DeviceNote(UUID deviceId, String text, UUID authorId, Instant now) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.text = text.trim();
        this.authorId = authorId;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String text() {
        return text;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
