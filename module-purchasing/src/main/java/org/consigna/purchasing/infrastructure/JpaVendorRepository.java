package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.purchasing.domain.vendor.Vendor;
import org.consigna.purchasing.domain.vendor.VendorItem;
import org.consigna.purchasing.domain.vendor.VendorRepository;

@ApplicationScoped
class JpaVendorRepository implements VendorRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Vendor> find(UUID id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    @Override
    public List<Vendor> page(String afterName, int limit) {
        var query = em.createQuery("select v from Vendor v" + (afterName == null ? "" : " where v.name > :after")
                + " order by v.name", Vendor.class).setMaxResults(limit);
        if (afterName != null) {
            query.setParameter("after", afterName);
        }
        return query.getResultList();
    }

    @Override
    public List<Vendor> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Vendor v where v.id in :ids", Vendor.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<VendorItem> supplies(UUID vendorId, Collection<UUID> itemIds) {
        if (itemIds != null && itemIds.isEmpty()) {
            return List.of();
        }
        String where = vendorId == null ? "" : "s.vendorId = :v";
        if (itemIds != null) {
            where += (where.isEmpty() ? "" : " and ") + "s.itemId in :items";
        }
        var query = em.createQuery("select s from VendorItem s" + (where.isEmpty() ? "" : " where " + where)
                + " order by s.partNumber", VendorItem.class);
        if (vendorId != null) {
            query.setParameter("v", vendorId);
        }
        if (itemIds != null) {
            query.setParameter("items", itemIds);
        }
        return query.getResultList();
    }

    @Override
    public void add(Object vendorOrItem) {
        em.persist(vendorOrItem);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
