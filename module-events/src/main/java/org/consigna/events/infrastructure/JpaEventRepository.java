package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventRepository;

@ApplicationScoped
class JpaEventRepository implements EventRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Event> find(UUID id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    @Override
    public Optional<Event> lock(UUID id) {
        return em.createNamedQuery(Event.LOCK, Event.class).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public List<Event> search(Filter filter, EventKey after, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, parameters, "e.typeId = :type", "type", filter.typeId());
        condition(where, parameters, "e.status = :status", "status", filter.status());
        condition(where, parameters, "e.facilityId = :facility", "facility", filter.facilityId());
        condition(where, parameters, "e.representativeId = :representative", "representative", filter.representativeId());
        condition(where, parameters, "e.date >= :from", "from", filter.from());
        condition(where, parameters, "e.date <= :to", "to", filter.to());
        if (after != null) {
            // Keyset: the first condition bounds the index range, the rest skips the ties on the date.
            where.append(" and e.date <= :afterDate and (e.date < :afterDate or e.createdAt < :afterCreated"
                    + " or (e.createdAt = :afterCreated and e.id < :afterId))");
            parameters.put("afterDate", after.date());
            parameters.put("afterCreated", after.createdAt());
            parameters.put("afterId", after.id());
        }
        TypedQuery<Event> items = em.createQuery("select e from Event e" + where
                + " order by e.date desc, e.createdAt desc, e.id desc", Event.class);
        parameters.forEach(items::setParameter);
        return items.setMaxResults(limit).getResultList();
    }

    /** Only filters that were given become conditions: PostgreSQL cannot type a bare null parameter. */
    private static void condition(StringBuilder where, Map<String, Object> parameters, String jpql, String name,
                                  Object value) {
        if (value != null) {
            where.append(" and ").append(jpql);
            parameters.put(name, value);
        }
    }

    @Override
    public void add(Event event) {
        em.persist(event);
    }
}
