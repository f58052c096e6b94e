package org.consigna.facilitystock.domain.par;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** How many units of an item a facility should hold as facility stock; below it, a low-level alert is raised. */
@Entity
@Table(name = "par_level")
public class ParLevel {

    /** A par above this is a typing slip, not a shelf. */
    public static final int MAX_PAR = 100_000;

    @Id
    private UUID id;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "item_id")
    private UUID itemId;

    private int par;

    @Column(name = "set_by")
    private UUID setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected ParLevel() {
    }

    public ParLevel(UUID facilityId, UUID itemId, int par, UUID setBy, Instant now) {
        this.id = UUID.randomUUID();
        this.facilityId = facilityId;
        this.itemId = itemId;
        change(par, setBy, now);
    }

    public void change(int par, UUID setBy, Instant now) {
        if (par < 0 || par > MAX_PAR) {
            throw ProblemException.badRequest("invalid-par", "A par level is 0 to " + MAX_PAR + " units; got " + par);
        }
        this.par = par;
        this.setBy = setBy;
        this.setAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int par() {
        return par;
    }

    public UUID setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
