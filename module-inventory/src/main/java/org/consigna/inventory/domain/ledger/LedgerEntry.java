package org.consigna.inventory.domain.ledger;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.custody.CustodianKind;
import org.consigna.inventory.domain.DeviceStatus;

/**
 * One append-only ledger row. Immutable once built: there are no setters and the database refuses
 * UPDATE and DELETE. {@code seq} is given by the database at insert and orders the ledger.
 *
 * <p>The two balances mean the same for every entry type. A balance ({@link StockAccount}) is what one
 * custodian holds on hand of one item and lot, consigned or as facility stock of one facility; inactive
 * devices count in none. {@code balance} is the balance of the entry's account, the one named by the
 * entry ({@code to} custodian, item, lot, {@code facilityId}), right after the entry. {@code fromBalance} is
 * the balance of the other account, the one the units left, right after the entry, and is present only
 * when the entry moves units between two accounts (a transfer, a facility change); null when it touches
 * one account (received, set apart, merged back, adjusted, consumed, deactivated, reactivated).
 * Ledgers written before this rule carry on a {@code split} entry a from balance of {@code balance -
 * quantity} (the lot's balance half-way through); the replay accepts that value on such entries.
 */
@Entity
@Table(name = "ledger_entry")
@Cacheable(false)
@NamedQuery(name = LedgerEntry.SET_APART_FROM, query = "select e.deviceId, e.parentDeviceId from LedgerEntry e"
        + " where e.type = :split and e.deviceId in :ids and e.sourceType = :type and e.sourceId = :id")
public class LedgerEntry {

    /** The lots that a source's splits set these devices apart from: a named query, prepared once (asked by every transfer decision). */
    public static final String SET_APART_FROM = "LedgerEntry.setApartFrom";

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private EntryType type;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "on_behalf_of")
    private UUID onBehalfOf;

    @Column(name = "device_id")
    private UUID deviceId;

    @Column(name = "parent_device_id")
    private UUID parentDeviceId;

    @Column(name = "item_id")
    private UUID itemId;

    private String lot;

    private String serial;

    private int quantity;

    @Column(name = "from_custodian_id")
    private UUID fromCustodianId;

    @Column(name = "from_custodian_kind")
    private CustodianKind fromCustodianKind;

    @Column(name = "to_custodian_id")
    private UUID toCustodianId;

    @Column(name = "to_custodian_kind")
    private CustodianKind toCustodianKind;

    @Column(name = "facility_id")
    private UUID facilityId;

    private DeviceStatus status;

    private int balance;

    @Column(name = "from_balance")
    private Integer fromBalance;

    private String reason;

    @Column(name = "source_type")
    private String sourceType;

    @Column(name = "source_id")
    private String sourceId;

    private String reference;

    protected LedgerEntry() {
    }

    /** @param onBehalfOf the custodian the actor acted for; not stored when it is the actor themselves */
    public LedgerEntry(Posting posting, UUID actorId, UUID onBehalfOf, Source source, int balance, Integer fromBalance,
                       Instant now) {
        this.id = UUID.randomUUID();
        this.occurredAt = now;
        this.type = posting.type();
        this.actorId = actorId;
        this.onBehalfOf = actorId.equals(onBehalfOf) ? null : onBehalfOf;
        this.deviceId = posting.deviceId();
        this.parentDeviceId = posting.parentDeviceId();
        this.itemId = posting.itemId();
        this.lot = posting.lot();
        this.serial = posting.serial();
        this.quantity = posting.quantity();
        if (posting.from() != null) {
            this.fromCustodianId = posting.from().id();
            this.fromCustodianKind = posting.from().kind();
        }
        this.toCustodianId = posting.to().id();
        this.toCustodianKind = posting.to().kind();
        this.facilityId = posting.facilityId();
        this.status = posting.status();
        this.balance = balance;
        this.fromBalance = fromBalance;
        this.reason = posting.reason();
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.reference = source.reference();
    }

    public UUID id() {
        return id;
    }

    public Long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public EntryType type() {
        return type;
    }

    public UUID actorId() {
        return actorId;
    }

    public UUID onBehalfOf() {
        return onBehalfOf;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public UUID parentDeviceId() {
        return parentDeviceId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String lot() {
        return lot;
    }

    public String serial() {
        return serial;
    }

    public int quantity() {
        return quantity;
    }

    public Custodian from() {
        return fromCustodianId == null ? null : new Custodian(fromCustodianId, fromCustodianKind);
    }

    public Custodian to() {
        return new Custodian(toCustodianId, toCustodianKind);
    }

    public UUID facilityId() {
        return facilityId;
    }

    public DeviceStatus status() {
        return status;
    }

    public int balance() {
        return balance;
    }

    public Integer fromBalance() {
        return fromBalance;
    }

    public String reason() {
        return reason;
    }

    public Source source() {
        return new Source(sourceType, sourceId, reference);
    }
}
