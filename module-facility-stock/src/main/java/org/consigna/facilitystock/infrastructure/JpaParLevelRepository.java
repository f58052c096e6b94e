package org.consigna.facilitystock.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.facilitystock.domain.par.ParLevelRepository;

@ApplicationScoped
class JpaParLevelRepository implements ParLevelRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<ParLevel> find(UUID facilityId, UUID itemId) {
        return query(facilityId, itemId, LockModeType.NONE);
    }

    @Override
    public Optional<ParLevel> lock(UUID facilityId, UUID itemId) {
        return query(facilityId, itemId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<ParLevel> query(UUID facilityId, UUID itemId, LockModeType lock) {
        return em.createQuery("select p from ParLevel p where p.facilityId = :f and p.itemId = :i", ParLevel.class)
                .setParameter("f", facilityId).setParameter("i", itemId).setLockMode(lock)
                .getResultStream().findFirst();
    }

    @Override
    public List<ParLevel> of(UUID facilityId, Collection<UUID> itemIds) {
        if (itemIds != null && itemIds.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select p from ParLevel p where p.facilityId = :f"
                + (itemIds == null ? "" : " and p.itemId in :items"), ParLevel.class).setParameter("f", facilityId);
        if (itemIds != null) {
            query.setParameter("items", itemIds);
        }
        return query.getResultList();
    }

    @Override
    public List<ParLevel> page(UUID facilityId, UUID afterItemId, int limit) {
        var query = em.createQuery("select p from ParLevel p where p.facilityId = :f"
                + (afterItemId == null ? "" : " and p.itemId > :after") + " order by p.itemId", ParLevel.class)
                .setParameter("f", facilityId).setMaxResults(limit);
        if (afterItemId != null) {
            query.setParameter("after", afterItemId);
        }
        return query.getResultList();
    }

    @Override
    public void add(ParLevel level) {
        em.persist(level);
        em.flush();
    }
}
