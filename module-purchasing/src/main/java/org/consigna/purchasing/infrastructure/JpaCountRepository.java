package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.purchasing.domain.count.CountLine;
import org.consigna.purchasing.domain.count.CountRepository;
import org.consigna.purchasing.domain.count.CountStatus;
import org.consigna.purchasing.domain.count.PhysicalCount;

@ApplicationScoped
class JpaCountRepository implements CountRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<PhysicalCount> lock(UUID countId) {
        return Optional.ofNullable(em.find(PhysicalCount.class, countId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PhysicalCount> find(UUID countId) {
        return Optional.ofNullable(em.find(PhysicalCount.class, countId));
    }

    @Override
    public List<CountLine> lines(UUID countId) {
        return em.createQuery("select l from CountLine l where l.countId = :c order by l.itemId", CountLine.class)
                .setParameter("c", countId).getResultList();
    }

    @Override
    public boolean counted(UUID recipientId) {
        return !em.createQuery("select c.id from PhysicalCount c where c.recipientId = :r and c.status = :s", UUID.class)
                .setParameter("r", recipientId).setParameter("s", CountStatus.APPLIED).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(PhysicalCount count, List<CountLine> lines) {
        em.persist(count);
        em.flush();
        lines.forEach(em::persist);
        em.flush();
    }
}
