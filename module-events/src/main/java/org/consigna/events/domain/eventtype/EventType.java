package org.consigna.events.domain.eventtype;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * A tenant's kind of event ("Case", "Loaner kit", ...): a name and options on top of a
 * behaviour, which never changes once chosen. Deactivated, never deleted: past events keep it.
 */
@Entity
@Table(name = "event_type")
public class EventType {

    @Id
    private UUID id;

    private String name;

    private String behaviour;

    @Embedded
    private EventTypeOptions options;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected EventType() {
    }

    public EventType(String name, String behaviour, EventTypeOptions options, Instant now) {
        this.id = UUID.randomUUID();
        this.behaviour = behaviour;
        this.active = true;
        this.createdAt = now;
        change(name, options, now);
    }

    public void change(String name, EventTypeOptions options, Instant now) {
        this.name = name.trim();
        this.options = options;
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

    /** New events may only be created with an active type. */
    public void requireActive() {
        if (!active) {
            throw ProblemException.conflict("event-type-inactive", "Event type '" + name
                    + "' is deactivated; no new events can be created with it");
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String behaviour() {
        return behaviour;
    }

    public EventTypeOptions options() {
        return options;
    }

    public boolean isActive() {
        return active;
    }
}
