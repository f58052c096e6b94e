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
        return em.createQuery("select l from EventLine l where l.eventId = :event order by l.addedAt, l.id",
                        EventLine.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    @Override
    public Optional<EventLine> heldLineOf(UUID deviceId) {
        return em.createQuery("select l from EventLine l where l.deviceId = :device and l.held = true", EventLine.class)
                .setParameter("device", deviceId)
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
