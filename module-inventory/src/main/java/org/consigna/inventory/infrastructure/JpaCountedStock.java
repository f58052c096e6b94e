package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.application.Custodians;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.inventory.domain.transfer.LineStatus;

/** Counted stock read in two queries: units held (and expiring) per custodian and item, then the pending transfer lines. */
@ApplicationScoped
@Transactional
class JpaCountedStock implements CountedStock {

    private static final LocalDate NEVER = LocalDate.of(1, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    Custodians custodians;

    @Override
    public Set<UUID> itemsHeld(UUID custodianId) {
        return new LinkedHashSet<>(em.createQuery("select distinct d.itemId from Device d where d.custodian.id = :c"
                        + " and d.status = :s and d.quantity > 0", UUID.class)
                .setParameter("c", custodianId).setParameter("s", DeviceStatus.ACTIVE).getResultList());
    }

    @Override
    public Map<UUID, String> custodianNames(Collection<UUID> ids) {
        Map<UUID, String> known = custodians.namesOfKnown(ids);
        Map<UUID, String> names = new LinkedHashMap<>();
        new LinkedHashSet<>(ids).stream().filter(known::containsKey).forEach(id -> names.put(id, known.get(id)));
        return names;
    }

    private record Key(UUID custodianId, UUID itemId) {
    }

    @Override
    public List<Level> levels(Collection<UUID> custodianIds, Collection<UUID> itemIds, LocalDate expiringBy) {
        if (custodianIds.isEmpty() || itemIds.isEmpty()) {
            return List.of();
        }
        Map<Key, long[]> units = new LinkedHashMap<>();
        em.createQuery("select d.custodian.id, d.itemId, sum(d.quantity),"
                        + " sum(case when d.expiry is not null and d.expiry <= :by then d.quantity else 0 end)"
                        + " from Device d where d.custodian.id in :c and d.itemId in :i and d.status = :s"
                        + " group by d.custodian.id, d.itemId", Object[].class)
                .setParameter("c", custodianIds).setParameter("i", itemIds).setParameter("s", DeviceStatus.ACTIVE)
                .setParameter("by", expiringBy == null ? NEVER : expiringBy)
                .getResultList()
                .forEach(row -> units.put(new Key((UUID) row[0], (UUID) row[1]),
                        new long[] {((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        Map<Key, List<PendingTransfer>> pending = new LinkedHashMap<>();
        em.createQuery("select t.id, t.from.id, t.to.id, d.itemId, l.quantity from TransferLine l, Transfer t, Device d"
                        + " where l.transferId = t.id and d.id = l.deviceId and l.status = :p and d.itemId in :i"
                        + " and (t.from.id in :c or t.to.id in :c)", Object[].class)
                .setParameter("p", LineStatus.PENDING).setParameter("i", itemIds).setParameter("c", custodianIds)
                .getResultList()
                .forEach(row -> {
                    PendingTransfer transfer = new PendingTransfer((UUID) row[0], (UUID) row[1], (UUID) row[2], (UUID) row[3],
                            ((Number) row[4]).longValue());
                    for (UUID side : List.of(transfer.fromCustodianId(), transfer.toCustodianId())) {
                        if (custodianIds.contains(side)) {
                            pending.computeIfAbsent(new Key(side, transfer.itemId()), k -> new ArrayList<>()).add(transfer);
                        }
                    }
                });
        List<Level> levels = new ArrayList<>();
        for (UUID custodian : custodianIds) {
            for (UUID item : itemIds) {
                Key key = new Key(custodian, item);
                long[] held = units.getOrDefault(key, new long[2]);
                levels.add(new Level(custodian, item, held[0], held[1], pending.getOrDefault(key, List.of())));
            }
        }
        return levels;
    }
}
