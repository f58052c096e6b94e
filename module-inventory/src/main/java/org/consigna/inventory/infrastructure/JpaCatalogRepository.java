package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.ProductLine;

@ApplicationScoped
class JpaCatalogRepository implements CatalogRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<ProductLine> findLine(UUID id) {
        return Optional.ofNullable(em.find(ProductLine.class, id));
    }

    @Override
    public List<ProductLine> lines(String afterName, int limit) {
        return em.createQuery("select l from ProductLine l where l.name > :after order by l.name", ProductLine.class)
                .setParameter("after", afterName == null ? "" : afterName).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ProductLine> linesByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from ProductLine l where l.id in :ids", ProductLine.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<Item> findItem(UUID id) {
        return Optional.ofNullable(em.find(Item.class, id));
    }

    @Override
    public Optional<Item> findItemByGtin(String gtin) {
        return em.createQuery("select i from Item i where i.gtin = :gtin", Item.class)
                .setParameter("gtin", gtin).getResultStream().findFirst();
    }

    @Override
    public List<Item> items(UUID productLineId, Boolean active, String afterNumber, int limit) {
        // Conditions are left out rather than bound as null: PostgreSQL cannot type a null parameter.
        String jpql = "select i from Item i where 1 = 1" + (productLineId == null ? "" : " and i.productLineId = :line")
                + (active == null ? "" : " and i.active = :active") + " and i.catalogNumber > :after order by i.catalogNumber";
        TypedQuery<Item> query = em.createQuery(jpql, Item.class).setParameter("after", afterNumber == null ? "" : afterNumber)
                .setMaxResults(limit);
        if (productLineId != null) {
            query.setParameter("line", productLineId);
        }
        if (active != null) {
            query.setParameter("active", active);
        }
        return query.getResultList();
    }

    @Override
    public List<Item> itemsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Item i where i.id in :ids", Item.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Item> itemsByCatalogNumbers(Collection<String> catalogNumbers) {
        if (catalogNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Item i where i.catalogNumber in :numbers", Item.class)
                .setParameter("numbers", catalogNumbers).getResultList();
    }

    @Override
    public void add(ProductLine line) {
        em.persist(line);
        em.flush();
    }

    @Override
    public void add(Item item) {
        em.persist(item);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
