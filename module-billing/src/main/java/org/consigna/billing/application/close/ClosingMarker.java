package org.consigna.billing.application.close;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.events.api.EventSubmitted;

/**
 * Marks, for one request, the events billing's own sign-and-close is submitting, so the guard on plain submits lets
 * exactly those through, and keeps what their submit published for the closing to price.
 */
@RequestScoped
public class ClosingMarker {

    private final Set<UUID> closing = new HashSet<>();
    private final Map<UUID, EventSubmitted> submitted = new HashMap<>();

    public void allow(UUID eventId) {
        closing.add(eventId);
    }

    public boolean allows(UUID eventId) {
        return closing.contains(eventId);
    }

    public void capture(EventSubmitted event) {
        submitted.put(event.eventId(), event);
    }

    public Optional<EventSubmitted> captured(UUID eventId) {
        return Optional.ofNullable(submitted.get(eventId));
    }
}
