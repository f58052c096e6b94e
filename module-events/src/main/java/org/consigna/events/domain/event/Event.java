package org.consigna.events.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * An event at a facility that draws devices from its representative's inventory. It keeps the
 * behaviour of its type at creation, so renaming or deactivating the type never changes it.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.LOCK, query = "select e from Event e where e.id = :id", lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Event {

    /** The event, locked for the transaction: a named query, prepared once (a locking find is prepared on every call). */
    public static final String LOCK = "Event.lock";

    @Id
    private UUID id;

    @Column(name = "type_id")
    private UUID typeId;

    private String behaviour;

    private String name;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "representative_id")
    private UUID representativeId;

    @Column(name = "facility_contact_id")
    private UUID facilityContactId;

    @Column(name = "surgeon_id")
    private UUID surgeonId;

    @Column(name = "patient_id")
    private String patientId;

    @Column(name = "product_line_ids")
    @Convert(converter = Converters.Ids.class)
    private List<UUID> productLineIds;

    private String notes;

    @Column(name = "billing_applies")
    private boolean billingApplies;

    private EventStatus status;

    private int submissions;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Event() {
    }

    public Event(UUID typeId, String behaviour, boolean billingApplies, UUID representativeId, EventDetails details,
                 UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.typeId = typeId;
        this.behaviour = behaviour;
        this.billingApplies = billingApplies;
        this.representativeId = representativeId;
        this.status = EventStatus.OPEN;
        this.createdAt = now;
        this.createdBy = createdBy;
        apply(details, now);
    }

    /** Changes the details; a closed event must be reopened first. */
    public void change(EventDetails details, Instant now) {
        requireTakesChanges();
        apply(details, now);
    }

    private void apply(EventDetails details, Instant now) {
        this.name = details.name();
        this.date = details.date();
        this.facilityId = details.facilityId();
        this.facilityContactId = details.facilityContactId();
        this.surgeonId = details.surgeonId();
        this.patientId = details.patientId();
        this.productLineIds = details.productLineIds();
        this.notes = details.notes();
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        if (!status.takesDevices()) {
            throw ProblemException.conflict("event-closed", "Event '" + name + "' is already closed");
        }
        this.status = EventStatus.CLOSED;
        this.submissions++;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void reopen(Instant now) {
        if (status != EventStatus.CLOSED) {
            throw ProblemException.conflict("event-not-closed", "Event '" + name + "' is " + status.wire()
                    + "; only a closed event can be reopened");
        }
        this.status = EventStatus.REOPENED;
        this.updatedAt = now;
    }

    public void requireTakesChanges() {
        if (!status.takesDevices()) {
            throw ProblemException.conflict("event-closed", "Event '" + name
                    + "' is closed; reopen it to change it");
        }
    }

    public EventDetails details() {
        return new EventDetails(name, date, facilityId, facilityContactId, surgeonId, patientId, productLineIds, notes);
    }

    public UUID id() {
        return id;
    }

    public UUID typeId() {
        return typeId;
    }

    public String behaviour() {
        return behaviour;
    }

    public String name() {
        return name;
    }

    public LocalDate date() {
        return date;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID representativeId() {
        return representativeId;
    }

    public String patientId() {
        return patientId;
    }

    public boolean billingApplies() {
        return billingApplies;
    }

    public EventStatus status() {
        return status;
    }

    public int submissions() {
        return submissions;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
