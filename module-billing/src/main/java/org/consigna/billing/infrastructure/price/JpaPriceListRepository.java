package org.consigna.billing.infrastructure.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListAssignment;
import org.consigna.billing.domain.price.PriceListItem;
import org.consigna.billing.domain.price.PriceListRepository;

@ApplicationScoped
class JpaPriceListRepository implements PriceListRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<PriceList> find(UUID id) {
        return Optional.ofNullable(em.find(PriceList.class, id));
    }

    @Override
    public Optional<PriceList> lock(UUID id) {
        return Optional.ofNullable(em.find(PriceList.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PriceList> findByName(String name) {
        return em.createQuery("select l from PriceList l where lower(l.name) = lower(:name)", PriceList.class)
                .setParameter("name", name.trim()).getResultStream().findFirst();
    }

    @Override
    public List<PriceList> page(String afterName, UUID afterId, int limit) {
        String after = afterName == null ? ""
                : " where lower(l.name) > :name or (lower(l.name) = :name and l.id > :id)";
        var query = em.createQuery("select l from PriceList l" + after + " order by lower(l.name), l.id", PriceList.class)
                .setMaxResults(limit);
        if (afterName != null) {
            query.setParameter("name", afterName).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    @Override
    public Map<UUID, BigDecimal> prices(UUID priceListId, Collection<UUID> itemIds) {
        if (itemIds != null && itemIds.isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("select i from PriceListItem i where i.priceListId = :list and i.replacedAt is null"
                + (itemIds == null ? "" : " and i.itemId in :items"), PriceListItem.class).setParameter("list", priceListId);
        if (itemIds != null) {
            query.setParameter("items", itemIds);
        }
        return query.getResultStream().collect(Collectors.toMap(PriceListItem::itemId, PriceListItem::unitPrice));
    }

    @Override
    public List<PriceListItem> items(UUID priceListId) {
        return em.createQuery("select i from PriceListItem i where i.priceListId = :list and i.replacedAt is null"
                + " order by i.itemId",
                PriceListItem.class).setParameter("list", priceListId).getResultList();
    }

    @Override
    public Optional<PriceListAssignment> currentAssignment(UUID facilityId, boolean lock) {
        return em.createQuery("select a from PriceListAssignment a where a.facilityId = :f and a.endedAt is null",
                        PriceListAssignment.class).setParameter("f", facilityId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream().findFirst();
    }

    @Override
    public List<PriceListAssignment> assignments(UUID priceListId) {
        return em.createQuery("select a from PriceListAssignment a where a.priceListId = :list"
                + " order by a.assignedAt desc, a.id", PriceListAssignment.class).setParameter("list", priceListId)
                .getResultList();
    }

    @Override
    public void add(PriceList list) {
        em.persist(list);
    }

    @Override
    public void add(PriceListItem item) {
        em.persist(item);
    }

    @Override
    public void add(PriceListAssignment assignment) {
        em.flush(); // the ended assignment first: the index of one current assignment per facility checks each row
        em.persist(assignment);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
