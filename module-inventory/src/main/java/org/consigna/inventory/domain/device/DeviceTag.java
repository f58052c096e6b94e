package org.consigna.inventory.domain.device;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** A tag on a device, for finding it later; allowed on inactive devices too. Tags are compared in lower case. */
@Entity
@Table(name = "device_tag")
@IdClass(DeviceTag.Key.class)
@Cacheable(false)
public class DeviceTag {

    /** Device id and tag. */
    public static class Key implements Serializable {

        private UUID deviceId;
        private String tag;

        public Key() {
        }

        public Key(UUID deviceId, String tag) {
            this.deviceId = deviceId;
            this.tag = tag;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.deviceId, deviceId) && Objects.equals(key.tag, tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deviceId, tag);
        }
    }

    @Id
    @Column(name = "device_id")
    private UUID deviceId;

    @Id
    private String tag;

    @Column(name = "added_by")
    private UUID addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected DeviceTag() {
    }

    public DeviceTag(UUID deviceId, String tag, UUID addedBy, Instant now) {
        this.deviceId = deviceId;
        this.tag = normalize(tag);
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** Trimmed, lower case, at most 50 characters, no commas (the CSV export joins tags with them). */
    public static String normalize(String tag) {
        String normalized = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || normalized.length() > 50 || normalized.contains(",")) {
            throw ProblemException.badRequest("invalid-tag", "A tag has 1 to 50 characters and no comma");
        }
        return normalized;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String tag() {
        return tag;
    }

    public UUID addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
