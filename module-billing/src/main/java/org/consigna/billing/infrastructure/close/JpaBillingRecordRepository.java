package org.consigna.billing.infrastructure.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.domain.close.BillingChange;
import org.consigna.billing.domain.close.BillingLine;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.close.BillingRecordRepository;
import org.consigna.billing.domain.close.BillingStatus;
import org.consigna.billing.domain.close.PoDifference;
import org.consigna.billing.domain.close.Signature;

@ApplicationScoped
class JpaBillingRecordRepository implements BillingRecordRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<BillingRecord> current(UUID eventId) {
        return query(eventId, LockModeType.NONE);
    }

    @Override
    public Optional<BillingRecord> lock(UUID eventId) {
        return query(eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<BillingRecord> query(UUID eventId, LockModeType lock) {
        return em.createQuery("select r from BillingRecord r where r.eventId = :e and r.status <> :voided",
                        BillingRecord.class).setParameter("e", eventId).setParameter("voided", BillingStatus.VOIDED)
                .setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public void add(BillingRecord record, List<BillingLine> lines, List<Signature> signatures) {
        em.persist(record);
        em.flush();
        lines.forEach(em::persist);
        signatures.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<BillingLine> lines(UUID recordId) {
        return em.createQuery("select l from BillingLine l where l.recordId = :r order by l.position", BillingLine.class)
                .setParameter("r", recordId).getResultList();
    }

    @Override
    public List<Signature> signatures(UUID recordId) {
        return em.createQuery("select s from Signature s where s.recordId = :r order by s.party", Signature.class)
                .setParameter("r", recordId).getResultList();
    }

    /** Flushed at once: the history's sequence numbers follow the order of the steps, not the unit of work's. */
    @Override
    public void record(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public List<BillingChange> history(UUID eventId) {
        return em.createQuery("select c from BillingChange c where c.eventId = :e order by c.seq", BillingChange.class)
                .setParameter("e", eventId).getResultList();
    }

    @Override
    public List<PoDifference> differences(UUID recordId, String poNumber) {
        return em.createQuery("select d from PoDifference d where d.recordId = :r and d.poNumber = :p"
                        + " order by d.recordedAt, d.kind", PoDifference.class)
                .setParameter("r", recordId).setParameter("p", poNumber).getResultList();
    }

    @Override
    public List<BillingRecord> pendingPo(UUID facilityId, UUID representativeId, Instant afterClosedAt, UUID afterId,
                                         int limit) {
        String jpql = "select r from BillingRecord r where r.status = :closed and r.sale = true and r.poNumber is null"
                + (facilityId == null ? "" : " and r.facilityId = :f")
                + (representativeId == null ? "" : " and r.representativeId = :rep")
                + (afterClosedAt == null ? "" : " and (r.closedAt > :at or (r.closedAt = :at and r.id > :id))")
                + " order by r.closedAt, r.id";
        var query = em.createQuery(jpql, BillingRecord.class).setParameter("closed", BillingStatus.CLOSED)
                .setMaxResults(limit);
        if (facilityId != null) {
            query.setParameter("f", facilityId);
        }
        if (representativeId != null) {
            query.setParameter("rep", representativeId);
        }
        if (afterClosedAt != null) {
            query.setParameter("at", afterClosedAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }
}
