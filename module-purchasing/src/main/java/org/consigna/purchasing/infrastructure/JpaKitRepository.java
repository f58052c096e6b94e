package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.purchasing.domain.kit.Kit;
import org.consigna.purchasing.domain.kit.KitItem;
import org.consigna.purchasing.domain.kit.KitRepository;

@ApplicationScoped
class JpaKitRepository implements KitRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Kit> find(UUID kitId) {
        return Optional.ofNullable(em.find(Kit.class, kitId));
    }

    @Override
    public List<Kit> all() {
        return em.createQuery("select k from Kit k order by k.name", Kit.class).getResultList();
    }

    @Override
    public List<KitItem> items(UUID kitId) {
        return em.createQuery("select i from KitItem i where i.kitId = :k order by i.itemId", KitItem.class)
                .setParameter("k", kitId).getResultList();
    }

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }
}
