package org.consigna.facilitystock.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.facilitystock.domain.par.AlertRepository;
import org.consigna.facilitystock.domain.par.LowLevelAlert;

@ApplicationScoped
class JpaAlertRepository implements AlertRepository {

    @Inject
    EntityManager em;

    @Override
    public List<LowLevelAlert> page(UUID facilityId, boolean unacknowledgedOnly, AlertKey after, int limit) {
        var query = em.createQuery("select a from LowLevelAlert a where a.raisedAt is not null"
                        + (facilityId == null ? "" : " and a.facilityId = :f")
                        + (unacknowledgedOnly ? " and a.acknowledgedAt is null" : "")
                        + (after == null ? "" : " and (a.raisedAt < :at or (a.raisedAt = :at and a.id < :id))")
                        + " order by a.raisedAt desc, a.id desc", LowLevelAlert.class)
                .setMaxResults(limit);
        if (facilityId != null) {
            query.setParameter("f", facilityId);
        }
        if (after != null) {
            query.setParameter("at", after.raisedAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    @Override
    public Optional<LowLevelAlert> lock(UUID id) {
        return Optional.ofNullable(em.find(LowLevelAlert.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<LowLevelAlert> outstanding(UUID facilityId, UUID itemId) {
        return em.createQuery("select a from LowLevelAlert a where a.facilityId = :f and a.itemId = :i"
                        + " and a.recoveredAt is null", LowLevelAlert.class)
                .setParameter("f", facilityId).setParameter("i", itemId).getResultStream().findFirst();
    }

    @Override
    public void add(LowLevelAlert alert) {
        em.persist(alert);
        em.flush();
    }
}
