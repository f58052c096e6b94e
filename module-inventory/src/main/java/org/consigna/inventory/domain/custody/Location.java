package org.consigna.inventory.domain.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.value.Address;

/** An office or warehouse that holds inventory. Closed (inactive), never deleted: devices keep its history. */
@Entity
@Table(name = "location")
@NamedQuery(name = Location.BY_IDS, query = "select l from Location l where l.id in :ids")
public class Location {

    /** Locations by id: a named query, parsed and prepared once (custodian names ask it for every view that misses the cache). */
    public static final String BY_IDS = "Location.byIds";

    @Id
    private UUID id;

    private String name;

    private LocationKind kind;

    @Embedded
    private Address address;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Location() {
    }

    public Location(String name, LocationKind kind, Address address, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        change(name, kind, address, true);
    }

    public void change(String name, LocationKind kind, Address address, boolean active) {
        this.name = name.trim();
        this.kind = kind;
        this.address = address;
        this.active = active;
    }

    /** Only an open location can receive inventory. */
    public void requireActive() {
        if (!active) {
            throw closed(name);
        }
    }

    /** The refusal of a closed location as a receiver. */
    public static ProblemException closed(String name) {
        return ProblemException.conflict("custodian-inactive", "Location '" + name + "' is closed and cannot receive inventory");
    }

    public Custodian asCustodian() {
        return Custodian.location(id);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocationKind kind() {
        return kind;
    }

    public Address address() {
        return address;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
