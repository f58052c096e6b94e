package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.purchasing.domain.requisition.Requisition;
import org.consigna.purchasing.domain.requisition.RequisitionLine;
import org.consigna.purchasing.domain.requisition.RequisitionRepository;
import org.consigna.purchasing.domain.requisition.RequisitionStatus;

@ApplicationScoped
class JpaRequisitionRepository implements RequisitionRepository {

    private static final List<RequisitionStatus> OPEN = List.of(RequisitionStatus.OPEN, RequisitionStatus.PARTIALLY_ORDERED);

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Override
    public Optional<Requisition> find(UUID id) {
        return Optional.ofNullable(em.find(Requisition.class, id));
    }

    @Override
    public Optional<Requisition> lock(UUID id) {
        return Optional.ofNullable(em.find(Requisition.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Requisition> bySource(String source, String sourceRef) {
        return em.createQuery("select r from Requisition r where r.source = :s and r.sourceRef = :ref", Requisition.class)
                .setParameter("s", source).setParameter("ref", sourceRef).getResultStream().findFirst();
    }

    @Override
    public List<Requisition> page(Instant beforeCreated, UUID beforeId, int limit) {
        var query = em.createQuery("select r from Requisition r"
                + (beforeCreated == null ? "" : " where r.createdAt < :bc or (r.createdAt = :bc and r.id < :bi)")
                + " order by r.createdAt desc, r.id desc", Requisition.class).setMaxResults(limit);
        if (beforeCreated != null) {
            query.setParameter("bc", beforeCreated).setParameter("bi", beforeId);
        }
        return query.getResultList();
    }

    @Override
    public List<RequisitionLine> lines(UUID requisitionId) {
        return em.createQuery("select l from RequisitionLine l where l.requisitionId = :r order by l.position", RequisitionLine.class)
                .setParameter("r", requisitionId).getResultList();
    }

    @Override
    public List<RequisitionLine> openLines(Collection<UUID> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from RequisitionLine l, Requisition r where r.id = l.requisitionId and r.status in :o"
                        + " and r.recipientId in :c and l.ordered < l.quantity", RequisitionLine.class)
                .setParameter("o", OPEN).setParameter("c", recipientIds).getResultList();
    }

    @Override
    public List<Requisition> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Requisition r where r.id in :ids", Requisition.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('" + tenant.require().schema() + ".requisition_number')")
                .getSingleResult()).longValue();
    }

    @Override
    public void add(Requisition requisition, List<RequisitionLine> lines) {
        em.persist(requisition);
        em.flush();
        lines.forEach(em::persist);
        em.flush();
    }
}
