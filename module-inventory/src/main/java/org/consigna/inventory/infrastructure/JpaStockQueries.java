package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.api.CustodianKind;
import org.consigna.inventory.api.DeviceInventory;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.StockQueries;
import org.consigna.inventory.domain.DeviceStatus;

/** Stock reads in JPQL over the tenant's devices; summaries (item, custodian name) from {@link DeviceInventory}. */
@ApplicationScoped
@Transactional
class JpaStockQueries implements StockQueries {

    @Inject
    EntityManager em;

    @Inject
    DeviceInventory inventory;

    @Override
    public List<DeviceSummary> facilityStock(UUID facilityId) {
        List<UUID> ids = em.createQuery("select d.id from Device d, Item i where i.id = d.itemId and d.facilityId = :f"
                        + " and d.status = :s and d.quantity > 0 order by i.catalogNumber, d.expiry, d.id", UUID.class)
                .setParameter("f", facilityId).setParameter("s", DeviceStatus.FACILITY_STOCK).getResultList();
        return summaries(ids);
    }

    @Override
    public List<DeviceSummary> consignedStock(UUID custodianId, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = em.createQuery("select d.id from Device d where d.custodian.id = :c and d.itemId in :items"
                        + " and d.status = :s and d.quantity > 0 and d.pendingTransferId is null"
                        + " order by d.itemId, d.expiry desc, d.id", UUID.class)
                .setParameter("c", custodianId).setParameter("items", itemIds).setParameter("s", DeviceStatus.ACTIVE)
                .getResultList();
        return summaries(ids);
    }

    @Override
    public ExpiringPage expiring(LocalDate after, LocalDate until, Set<UUID> custodians, ExpiringKey from, int limit) {
        if (custodians != null && custodians.isEmpty()) {
            return new ExpiringPage(List.of(), null);
        }
        String jpql = "select d.id, d.expiry from Device d where (d.status = :active or d.status = :stock) and d.quantity > 0 and d.expiry <= :until"
                + (after == null ? "" : " and d.expiry > :after")
                + (custodians == null ? "" : " and d.custodian.id in :custodians")
                + (from == null ? "" : " and (d.expiry > :fromExpiry or (d.expiry = :fromExpiry and d.id > :fromId))")
                + " order by d.expiry, d.id";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("active", DeviceStatus.ACTIVE)
                .setParameter("stock", DeviceStatus.FACILITY_STOCK)
                .setParameter("until", until).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("after", after);
        }
        if (custodians != null) {
            query.setParameter("custodians", custodians);
        }
        if (from != null) {
            query.setParameter("fromExpiry", from.expiry()).setParameter("fromId", from.deviceId());
        }
        List<Object[]> rows = query.getResultList();
        ExpiringKey next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Object[] last = rows.get(limit - 1);
            next = new ExpiringKey((LocalDate) last[1], (UUID) last[0]);
        }
        return new ExpiringPage(summaries(rows.stream().map(r -> (UUID) r[0]).toList()), next);
    }

    @Override
    public List<ExpiringCount> expiringCounts(LocalDate until) {
        return em.createQuery("select d.custodian.id, d.custodian.kind, d.expiry, count(d), sum(d.quantity) from Device d"
                        + " where (d.status = :active or d.status = :stock) and d.quantity > 0 and d.expiry <= :until"
                        + " group by d.custodian.id, d.custodian.kind, d.expiry order by d.custodian.id, d.expiry", Object[].class)
                .setParameter("active", DeviceStatus.ACTIVE).setParameter("stock", DeviceStatus.FACILITY_STOCK)
                .setParameter("until", until).getResultList().stream()
                .map(r -> new ExpiringCount((UUID) r[0], kind(r[1]), (LocalDate) r[2], ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    private static CustodianKind kind(Object stored) {
        return stored == org.consigna.inventory.domain.custody.CustodianKind.LOCATION ? CustodianKind.LOCATION
                : CustodianKind.MEMBER;
    }

    private List<DeviceSummary> summaries(List<UUID> ids) {
        Map<UUID, DeviceSummary> found = inventory.find(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
