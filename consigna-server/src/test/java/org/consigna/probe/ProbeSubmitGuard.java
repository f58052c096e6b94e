package org.consigna.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.module.ForEnabledTenants;
import org.consigna.platform.problem.ProblemException;

/** The probe module observing another module's submits: it acts only for tenants with the probe, with no guard of its own. */
@ApplicationScoped
@ForEnabledTenants
public class ProbeSubmitGuard {

    void onSubmit(@Observes EventSubmitted submitted) {
        if (submitted.attributes().containsKey("probeRefuses")) {
            throw ProblemException.conflict("probe-refused", "The probe module refuses this submit");
        }
    }
}
