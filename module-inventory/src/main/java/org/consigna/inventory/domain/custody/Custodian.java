package org.consigna.inventory.domain.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;
import org.consigna.inventory.domain.Wire;

/** A reference to whoever holds inventory: an id and whether it is a member or a location. */
@Embeddable
public class Custodian implements Comparable<Custodian> {

    @Column(name = "custodian_id")
    private UUID id;

    @Column(name = "custodian_kind")
    private CustodianKind kind;

    protected Custodian() {
    }

    public Custodian(UUID id, CustodianKind kind) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static Custodian member(UUID id) {
        return new Custodian(id, CustodianKind.MEMBER);
    }

    public static Custodian location(UUID id) {
        return new Custodian(id, CustodianKind.LOCATION);
    }

    /** Rebuilds a reference from stored columns; null when the id is. */
    public static Custodian stored(UUID id, String kind) {
        return id == null ? null : new Custodian(id, Wire.parse(CustodianKind.class, kind, "custodianKind"));
    }

    public UUID id() {
        return id;
    }

    public CustodianKind kind() {
        return kind;
    }

    public String kindWire() {
        return Wire.of(kind);
    }

    @Override
    public int compareTo(Custodian other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Custodian custodian && custodian.id.equals(id) && custodian.kind == kind;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return Wire.of(kind) + " " + id;
    }
}
