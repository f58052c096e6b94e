package org.consigna.facilitystock.application.commission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.consigna.events.api.EventReopened;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.module.ForEnabledTenants;

/** Commissions on the events module's submits and reopens, for tenants with the facility-stock module. */
@ApplicationScoped
@ForEnabledTenants
public class CommissionObserver {

    @Inject
    CommissionService commissions;

    void onSubmit(@Observes EventSubmitted submitted) {
        commissions.earn(submitted);
    }

    void onReopen(@Observes EventReopened reopened) {
        commissions.reverse(reopened.eventId(), reopened.reopenedAt());
    }
}
