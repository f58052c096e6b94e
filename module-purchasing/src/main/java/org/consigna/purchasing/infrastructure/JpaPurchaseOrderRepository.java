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
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderReceipt;
import org.consigna.purchasing.domain.order.PurchaseOrderRepository;
import org.consigna.purchasing.domain.order.PurchaseOrderStatus;
import org.consigna.platform.tenant.TenantContext;

@ApplicationScoped
class JpaPurchaseOrderRepository implements PurchaseOrderRepository {

    private static final List<PurchaseOrderStatus> WAITING = List.of(PurchaseOrderStatus.OPEN, PurchaseOrderStatus.PARTIALLY_RECEIVED);

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Override
    public Optional<PurchaseOrder> find(UUID id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    @Override
    public Optional<PurchaseOrder> lock(UUID id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PurchaseOrder> page(PurchaseOrderStatus status, Instant beforeCreated, UUID beforeId, int limit) {
        String jpql = "select o from PurchaseOrder o where 1 = 1" + (status == null ? "" : " and o.status = :s")
                + (beforeCreated == null ? "" : " and (o.createdAt < :bc or (o.createdAt = :bc and o.id < :bi))")
                + " order by o.createdAt desc, o.id desc";
        var query = em.createQuery(jpql, PurchaseOrder.class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("s", status);
        }
        if (beforeCreated != null) {
            query.setParameter("bc", beforeCreated).setParameter("bi", beforeId);
        }
        return query.getResultList();
    }

    @Override
    public List<PurchaseOrderLine> lines(UUID orderId) {
        return em.createQuery("select l from PurchaseOrderLine l where l.orderId = :o order by l.position", PurchaseOrderLine.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public List<PurchaseOrderLine> openLines(Collection<UUID> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from PurchaseOrderLine l, PurchaseOrder o where o.id = l.orderId and o.status in :w"
                        + " and l.recipientId in :r and l.received < l.quantity", PurchaseOrderLine.class)
                .setParameter("w", WAITING).setParameter("r", recipientIds).getResultList();
    }

    @Override
    public List<PurchaseOrder> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from PurchaseOrder o where o.id in :ids", PurchaseOrder.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<PurchaseOrderReceipt> receipts(UUID orderId) {
        return em.createQuery("select r from PurchaseOrderReceipt r, PurchaseOrderLine l where l.id = r.lineId and l.orderId = :o"
                + " order by r.receivedAt, r.lineId", PurchaseOrderReceipt.class).setParameter("o", orderId).getResultList();
    }

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('" + schema() + ".purchase_order_number')").getSingleResult()).longValue();
    }

    @Override
    public void add(PurchaseOrder order, List<PurchaseOrderLine> lines) {
        em.persist(order);
        em.flush();
        lines.forEach(em::persist);
        em.flush();
    }

    @Override
    public void add(PurchaseOrderReceipt receipt) {
        em.persist(receipt);
        em.flush();
    }

    private String schema() {
        return tenant.require().schema();
    }
}
