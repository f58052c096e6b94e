package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.module.ForEnabledTenants;

/**
 * Watches submitted events (a case consuming facility stock, a stocking order adding some) inside their transaction:
 * the items they touched at their facility are checked against par, so the event that consumed stock below par raises
 * the alert.
 */
@ApplicationScoped
@ForEnabledTenants
public class StockEventsObserver {

    @Inject
    LowLevelAlerts alerts;

    void onSubmit(@Observes EventSubmitted submitted) {
        if (submitted.facilityId() == null) {
            return;
        }
        alerts.check(submitted.facilityId(), submitted.lines().stream().map(EventSubmitted.Line::itemId)
                .filter(java.util.Objects::nonNull).toList(), submitted.eventId());
    }
}
