package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.events.domain.eventtype.EventTypeRepository;

@ApplicationScoped
class JpaEventTypeRepository implements EventTypeRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<EventType> find(UUID id) {
        return Optional.ofNullable(em.find(EventType.class, id));
    }

    @Override
    public Optional<EventType> findByName(String name) {
        return em.createQuery("select t from EventType t where lower(t.name) = lower(:name)", EventType.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<EventType> all(boolean includeInactive, String afterLowerName, int limit) {
        return em.createQuery("select t from EventType t where (:all = true or t.active = true)"
                                + " and lower(t.name) > :after order by lower(t.name)", EventType.class)
                .setParameter("all", includeInactive)
                .setParameter("after", afterLowerName == null ? "" : afterLowerName)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(EventType type) {
        em.persist(type);
    }
}
