package org.consigna.events.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A surgeon who performs cases; named on events for traceability. */
@Entity
@Table(name = "surgeon")
public class Surgeon {

    @Id
    private UUID id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String specialty;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Surgeon() {
    }

    public Surgeon(String firstName, String lastName, String specialty, Instant now) {
        this.id = UUID.randomUUID();
        this.active = true;
        this.createdAt = now;
        change(firstName, lastName, specialty);
    }

    public void change(String firstName, String lastName, String specialty) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.specialty = specialty;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public UUID id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    public String specialty() {
        return specialty;
    }

    public boolean isActive() {
        return active;
    }
}
