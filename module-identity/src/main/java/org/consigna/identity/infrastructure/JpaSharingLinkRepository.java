package org.consigna.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.identity.domain.SharingLink;
import org.consigna.identity.domain.SharingLinkRepository;
import org.consigna.platform.persistence.PlatformData;

@ApplicationScoped
class JpaSharingLinkRepository implements SharingLinkRepository {

    @Inject
    @PlatformData
    EntityManager em;

    @Override
    public Optional<SharingLink> find(String tenantId, UUID id) {
        return Optional.ofNullable(em.find(SharingLink.class, id)).filter(l -> l.tenantId().equals(tenantId));
    }

    @Override
    public List<SharingLink> all(String tenantId, boolean includeRemoved, java.time.Instant afterCreated, UUID afterId,
                                 int limit) {
        String active = includeRemoved ? "" : " and l.removal.removedAt is null";
        String seek = afterCreated == null ? "" : " and l.createdAt >= :created and (l.createdAt > :created or l.id > :id)";
        var query = em.createQuery("select l from SharingLink l where l.tenantId = :tenant" + active + seek
                        + " order by l.createdAt, l.id", SharingLink.class)
                .setParameter("tenant", tenantId).setMaxResults(limit);
        if (afterCreated != null) {
            query.setParameter("created", afterCreated).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    @Override
    public List<SharingLink> activeOf(String tenantId, UUID memberId) {
        return em.createQuery("select l from SharingLink l where l.tenantId = :tenant and l.removal.removedAt is null"
                        + " and (l.distributorId = :member or l.salesId = :member)", SharingLink.class)
                .setParameter("tenant", tenantId)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public Optional<SharingLink> activeBetween(String tenantId, UUID distributorId, UUID salesId) {
        return em.createQuery("select l from SharingLink l where l.tenantId = :tenant and l.removal.removedAt is null"
                        + " and l.distributorId = :distributor and l.salesId = :sales", SharingLink.class)
                .setParameter("tenant", tenantId)
                .setParameter("distributor", distributorId)
                .setParameter("sales", salesId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SharingLink link) {
        em.persist(link);
        em.flush();
    }
}
