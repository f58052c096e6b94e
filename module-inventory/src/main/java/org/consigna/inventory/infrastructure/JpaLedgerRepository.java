package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.ledger.LedgerRepository;

@ApplicationScoped
class JpaLedgerRepository implements LedgerRepository {

    @Inject
    EntityManager em;

    @Override
    public void append(LedgerEntry entry) {
        em.persist(entry);
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Override
    public List<LedgerEntry> history(UUID deviceId, int limit) {
        return em.createQuery("select e from LedgerEntry e where e.deviceId = :d or e.parentDeviceId = :d order by e.seq desc",
                        LedgerEntry.class)
                .setParameter("d", deviceId)
                .setMaxResults(limit)
                .getResultList();
    }
}
