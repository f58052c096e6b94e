package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * Billing's record of one closing of an event (keyed by the event id; one live record per event): the priced lines and
 * signatures hang on it by its id. A PO number completes a sale; a reopen voids it, and it stays as history.
 */
@Entity
@Table(name = "billing_record")
public class BillingRecord {

    /** What entering a PO number did. */
    public enum PoOutcome {
        ENTERED, UNCHANGED, CORRECTED
    }

    public static final int MAX_PO = 64;

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    private int submission;

    @Column(name = "facility_id")
    private UUID facilityId;

    @Column(name = "representative_id")
    private UUID representativeId;

    private boolean sale;

    private BillingStatus status;

    private String currency;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private UUID closedBy;

    @Column(name = "po_number")
    private String poNumber;

    @Column(name = "po_entered_at")
    private Instant poEnteredAt;

    @Column(name = "po_entered_by")
    private UUID poEnteredBy;

    @Column(name = "prices_edited")
    private boolean pricesEdited;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by")
    private UUID voidedBy;

    @Version
    private long version;

    protected BillingRecord() {
    }

    public BillingRecord(UUID id, UUID eventId, int submission, UUID facilityId, UUID representativeId, boolean sale,
                         String currency, UUID closedBy, Instant now) {
        this.id = id;
        this.eventId = eventId;
        this.submission = submission;
        this.facilityId = facilityId;
        this.representativeId = representativeId;
        this.sale = sale;
        this.currency = currency;
        this.status = BillingStatus.CLOSED;
        this.closedBy = closedBy;
        this.closedAt = now;
    }

    /** Prices may change while the record is closed: not once its PO completed it, nor after a reopen voided it. */
    public void requirePricesOpen() {
        if (status != BillingStatus.CLOSED) {
            throw ProblemException.conflict("billing-prices-locked", "The event's billing is " + status.wire()
                    + "; prices can be edited only while it is closed, before its PO number is entered");
        }
    }

    public void markPricesEdited() {
        this.pricesEdited = true;
    }

    /**
     * Enters the PO number: it completes a closed sale. The same number again changes nothing; a different one is
     * refused unless an admin corrects it.
     */
    public PoOutcome enterPo(String number, UUID actor, boolean adminCorrection, Instant now) {
        if (!sale) {
            throw ProblemException.conflict("po-not-for-non-sale", "This event used facility stock: a non-sale case"
                    + " gets a sales order but no PO number and no invoice");
        }
        if (status == BillingStatus.VOIDED) {
            throw ProblemException.conflict("billing-voided", "The event was reopened; close it again first");
        }
        if (number.equals(poNumber)) {
            return PoOutcome.UNCHANGED;
        }
        PoOutcome outcome = poNumber == null ? PoOutcome.ENTERED : PoOutcome.CORRECTED;
        if (outcome == PoOutcome.CORRECTED && !adminCorrection) {
            throw new ProblemException(409, "po-already-entered", "PO number already entered", "The event's PO number"
                    + " is already '" + poNumber + "'; only an admin may correct it (correction: true)",
                    java.util.Map.of("field", "poNumber"));
        }
        this.poNumber = number;
        this.poEnteredAt = now;
        this.poEnteredBy = actor;
        this.status = BillingStatus.COMPLETED;
        return outcome;
    }

    /** The event was reopened: this closing no longer holds, its signatures with it. */
    public void voidBy(UUID actor, Instant now) {
        this.status = BillingStatus.VOIDED;
        this.voidedBy = actor;
        this.voidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public int submission() {
        return submission;
    }

    public UUID facilityId() {
        return facilityId;
    }

    public UUID representativeId() {
        return representativeId;
    }

    public boolean sale() {
        return sale;
    }

    public BillingStatus status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public UUID closedBy() {
        return closedBy;
    }

    public String poNumber() {
        return poNumber;
    }

    public Instant poEnteredAt() {
        return poEnteredAt;
    }

    public UUID poEnteredBy() {
        return poEnteredBy;
    }

    public boolean pricesEdited() {
        return pricesEdited;
    }

    public Instant voidedAt() {
        return voidedAt;
    }
}
