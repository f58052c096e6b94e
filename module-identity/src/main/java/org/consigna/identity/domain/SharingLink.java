package org.consigna.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.TenantRole;

/**
 * Lets one sales user act on one distributor's custody and a full-user distributor on the
 * sales user's. Only ever between a distributor and a sales user; removal is recorded, the
 * link itself stays as history.
 */
@Entity
@Table(name = "sharing_link", schema = "platform")
public class SharingLink {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "distributor_id")
    private UUID distributorId;

    @Column(name = "sales_id")
    private UUID salesId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Embedded
    private Removal removal;

    @Version
    private long version;

    protected SharingLink() {
    }

    /** Links a distributor (full user or custodian-only) and a sales user, both active, of one tenant. */
    public static SharingLink between(Member distributor, Member sales, String by, Instant now) {
        if (distributor.role() != TenantRole.DISTRIBUTOR || sales.role() != TenantRole.SALES
                || !distributor.tenantId().equals(sales.tenantId())) {
            throw ProblemException.badRequest("link-not-allowed", "A sharing link joins one distributor and one sales user;"
                    + " '" + distributor.displayName() + "' is " + distributor.role().wire()
                    + " and '" + sales.displayName() + "' is " + sales.role().wire());
        }
        for (Member member : new Member[] {distributor, sales}) {
            if (!member.isActive()) {
                throw ProblemException.badRequest("link-not-allowed", "'" + member.displayName() + "' ("
                        + member.role().wire() + ") is disabled; only active members can be linked");
            }
        }
        SharingLink link = new SharingLink();
        link.id = UUID.randomUUID();
        link.tenantId = distributor.tenantId();
        link.distributorId = distributor.id();
        link.salesId = sales.id();
        link.createdAt = now;
        link.createdBy = by;
        return link;
    }

    public void remove(String by, Instant now) {
        if (removal != null) {
            throw ProblemException.conflict("link-removed", "Sharing link '" + id + "' was already removed at "
                    + removal.at());
        }
        this.removal = new Removal(now, by);
    }

    public boolean isActive() {
        return removal == null;
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public UUID distributorId() {
        return distributorId;
    }

    public UUID salesId() {
        return salesId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Null while the link is active. */
    public Removal removal() {
        return removal;
    }
}
