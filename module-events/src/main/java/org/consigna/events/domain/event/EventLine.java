package org.consigna.events.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * A device marked used in an event. While {@code held}, the database's partial unique index
 * keeps the device out of every other event; a removed line stays, with how it was given back.
 */
@Entity
@Table(name = "event_line")
public class EventLine {

    /** The partial unique index on held lines: one open event per device. */
    public static final String ONE_OPEN_EVENT_INDEX = "ux_event_line_held_device";

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "device_id")
    private UUID deviceId;

    private Usage usage;

    /** Units used: one for a serialized device, up to the lot's quantity otherwise. */
    private int quantity;

    private boolean held;

    private boolean consumed;

    /** A submit made the device facility stock of the event's facility. */
    @Column(name = "sold_to_facility")
    private boolean soldToFacility;

    /** The inactive device a submit left behind: this device, or the part split off a lot. */
    @Column(name = "consumed_device_id")
    private UUID consumedDeviceId;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "added_by")
    private UUID addedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private UUID removedBy;

    @Version
    private long version;

    protected EventLine() {
    }

    public EventLine(UUID eventId, UUID deviceId, int quantity, Usage usage, UUID addedBy, Instant now) {
        if (usage == Usage.UNUSED) {
            throw ProblemException.badRequest("invalid-usage", "A device is added as used, implanted or damaged");
        }
        if (quantity < 1) {
            throw ProblemException.badRequest("invalid-quantity", "At least one unit is used");
        }
        this.quantity = quantity;
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.deviceId = deviceId;
        this.usage = usage;
        this.held = true;
        this.addedAt = now;
        this.addedBy = addedBy;
    }

    public void changeUsage(Usage usage) {
        requireInEvent();
        if (usage == Usage.UNUSED) {
            throw ProblemException.badRequest("invalid-usage", "To give a device back, remove it with usage unused");
        }
        this.usage = usage;
    }

    /** Takes the line out of the event; the device is free for other events again. */
    public void remove(Usage givenBackAs, UUID actor, Instant now) {
        requireInEvent();
        this.usage = givenBackAs;
        this.held = false;
        this.removedAt = now;
        this.removedBy = actor;
    }

    /** Submitting closes the event: its devices are no longer held by it. */
    public void release() {
        this.held = false;
    }

    /** Reopening holds the remaining devices again. */
    public void hold() {
        requireInEvent();
        this.held = true;
    }

    public void consumed(UUID consumedDeviceId) {
        this.consumed = true;
        this.consumedDeviceId = consumedDeviceId;
    }

    public void reactivated() {
        this.consumed = false;
    }

    public void soldToFacility(boolean sold) {
        this.soldToFacility = sold;
    }

    /** Whether a submit changed the device in inventory (consumed it or sold it to the facility). */
    public boolean isApplied() {
        return consumed || soldToFacility;
    }

    public boolean isSoldToFacility() {
        return soldToFacility;
    }

    public boolean isInEvent() {
        return removedAt == null;
    }

    private void requireInEvent() {
        if (!isInEvent()) {
            throw ProblemException.conflict("line-removed", "This device was already removed from the event");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public Usage usage() {
        return usage;
    }

    public int quantity() {
        return quantity;
    }

    public UUID consumedDeviceId() {
        return consumedDeviceId;
    }

    public boolean isHeld() {
        return held;
    }

    public boolean isConsumed() {
        return consumed;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
