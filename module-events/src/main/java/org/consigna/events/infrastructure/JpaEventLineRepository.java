package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.domain.event.EventLine;
import org.consigna.events.domain.event.EventLineRepository;
import org.consigna.events.domain.event.HistoryEntry;

@ApplicationScoped
class JpaEventLineRepository implements EventLineRepository {

    @Inject
    EntityManager em;

    @Override
    public List<EventLine> linesOf(UUID eventId) {
        return em.createNamedQuery(EventLine.OF_EVENT, EventLine.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public LinesAndHeld linesOfAndHeldLineOf(UUID eventId, UUID deviceId) {
        List<EventLine> found = em.createNamedQuery(EventLine.OF_EVENT_OR_HELD_OF_DEVICE, EventLine.class)
                .setParameter("event", eventId).setParameter("device", deviceId).getResultList();
        return new LinesAndHeld(found.stream().filter(l -> l.eventId().equals(eventId)).toList(),
                found.stream().filter(l -> l.deviceId().equals(deviceId) && l.isHeld()).findFirst());
    }

    @Override
    public Optional<EventLine> heldLineOf(UUID deviceId) {
        return em.createNamedQuery(EventLine.HELD_OF_DEVICE, EventLine.class).setParameter("device", deviceId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(EventLine line, HistoryEntry recorded) {
        em.persist(line);
        em.persist(recorded);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void record(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> historyOf(UUID eventId) {
        return em.createQuery("select h from HistoryEntry h where h.eventId = :event order by h.seq", HistoryEntry.class)
                .setParameter("event", eventId)
                .getResultList();
    }
}
