package org.consigna.billing.domain.close;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Billing records by event, with what hangs on them (lines, signatures, history, PO differences). */
public interface BillingRecordRepository {

    /** The event's live (not voided) record. */
    Optional<BillingRecord> current(UUID eventId);

    /** The event's live record, locked until the transaction ends. */
    Optional<BillingRecord> lock(UUID eventId);

    /** Persists the record and what came with it, flushed so the one-live-record index decides now. */
    void add(BillingRecord record, List<BillingLine> lines, List<Signature> signatures);

    List<BillingLine> lines(UUID recordId);

    List<Signature> signatures(UUID recordId);

    void record(Object row);

    List<BillingChange> history(UUID eventId);

    List<PoDifference> differences(UUID recordId, String poNumber);

    /** Closed sale records without PO, oldest first, after the (closedAt, id) key; filters optional. */
    List<BillingRecord> pendingPo(UUID facilityId, UUID representativeId, Instant afterClosedAt, UUID afterId, int limit);
}
