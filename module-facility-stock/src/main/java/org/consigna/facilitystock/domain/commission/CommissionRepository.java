package org.consigna.facilitystock.domain.commission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Commission rules and lines of the current tenant. */
public interface CommissionRepository {

    /** Every rate of these reps (with and without surgeon). */
    List<CommissionRate> ratesOf(java.util.Collection<UUID> repIds);

    Optional<CommissionRate> rate(UUID repId, UUID surgeonId);

    /** Rates by id order, after {@code afterId} if given. */
    List<CommissionRate> rates(UUID afterId, int limit);

    /** The tenant's split, the standard one if never set; {@code lock} holds its row until the transaction ends. */
    CommissionSplit split(boolean lock);

    Optional<NoCommission> noCommission(UUID eventId);

    /** The earned lines of the event that no reversal names yet. */
    List<CommissionLine> unreversed(UUID eventId);

    /** The line, its row locked until the transaction ends. */
    Optional<CommissionLine> lock(UUID lineId);

    Optional<CommissionPayment> payment(UUID lineId);

    /** Lines with their payments, newest first, after the key if given. */
    List<PaidLine> lines(LineFilter filter, LineKey after, int limit);

    void add(Object entity);

    /** Writes now, so the database's refusal (a second payment, a second reversal) surfaces inside the use case. */
    void flush();

    /** A line and its payment, if paid. */
    record PaidLine(CommissionLine line, CommissionPayment payment) {
    }

    /** Which lines: one rep's (or all, null), recorded from/to (inclusive instants, null: open), paid or not (null: both). */
    record LineFilter(UUID repId, Instant from, Instant to, Boolean paid, UUID eventId) {
    }

    /** Where a page of lines ended: their order, newest first. */
    record LineKey(Instant recordedAt, UUID id) {
    }
}
