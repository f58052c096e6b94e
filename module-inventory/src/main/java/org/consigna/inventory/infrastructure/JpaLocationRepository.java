package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.custody.LocationRepository;

@ApplicationScoped
class JpaLocationRepository implements LocationRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Location> find(UUID id) {
        return Optional.ofNullable(em.find(Location.class, id));
    }

    @Override
    public List<Location> all(String afterName, int limit) {
        return em.createQuery("select l from Location l where l.name > :after order by l.name", Location.class)
                .setParameter("after", afterName == null ? "" : afterName).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Location> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Location.BY_IDS, Location.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void add(Location location) {
        em.persist(location);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
