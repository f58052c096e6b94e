package org.consigna.facilitystock.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.consigna.events.api.EventReopened;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.module.ForEnabledTenants;

/** The dashboard's rollups follow the events module's submits and reopens, in their transactions. */
@ApplicationScoped
@ForEnabledTenants
public class DashboardObserver {

    @Inject
    DashboardService dashboard;

    void onSubmit(@Observes EventSubmitted submitted) {
        dashboard.record(submitted);
    }

    void onReopen(@Observes EventReopened reopened) {
        dashboard.takeBack(reopened.eventId());
    }
}
