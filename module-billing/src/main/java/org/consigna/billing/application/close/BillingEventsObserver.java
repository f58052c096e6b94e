package org.consigna.billing.application.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.consigna.events.api.EventReopened;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.module.ForEnabledTenants;
import org.consigna.platform.problem.ProblemException;

/**
 * Billing's watch on the events module, for tenants with billing on: an event whose type has billing on closes only
 * through sign and close (a plain submit is refused); a reopen voids the live billing record.
 */
@ApplicationScoped
@ForEnabledTenants
public class BillingEventsObserver {

    @Inject
    ClosingMarker marker;

    @Inject
    BillingRecords records;

    void onSubmit(@Observes EventSubmitted submitted) {
        if (!submitted.billingApplies()) {
            return;
        }
        if (!marker.allows(submitted.eventId())) {
            throw ProblemException.conflict("sign-and-close-required", "Billing applies to this event: close it with"
                    + " its prices reviewed and both signatures (POST .../billing/events/" + submitted.eventId()
                    + "/close), not with a plain submit");
        }
        marker.capture(submitted);
    }

    void onReopen(@Observes EventReopened reopened) {
        records.voidOnReopen(reopened.eventId(), reopened.reopenedBy(), reopened.reopenedAt());
    }
}
