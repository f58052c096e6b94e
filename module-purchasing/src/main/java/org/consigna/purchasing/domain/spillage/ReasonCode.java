package org.consigna.purchasing.domain.spillage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Why equipment was spilled, as the tenant names it, and whether the vendor owes a reimbursement for it. */
@Entity
@Table(name = "reason_code")
public class ReasonCode {

    @Id
    private UUID id;

    private String code;

    private String label;

    @Column(name = "requires_reimbursement")
    private boolean requiresReimbursement;

    @Version
    private long version;

    protected ReasonCode() {
    }

    public ReasonCode(String code, String label, boolean requiresReimbursement) {
        this.id = UUID.randomUUID();
        this.code = code.trim();
        this.label = label.trim();
        this.requiresReimbursement = requiresReimbursement;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean requiresReimbursement() {
        return requiresReimbursement;
    }
}
