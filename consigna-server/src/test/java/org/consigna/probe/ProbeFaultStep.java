package org.consigna.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.consigna.platform.persistence.PlatformData;
import org.consigna.platform.module.ProvisioningStep;
import org.consigna.platform.module.TenantOnboarding;

/**
 * Sits between the identity provider's organization step (100) and first-admin step (300), and
 * fails while {@code platform.probe_fault} holds {@code step:<tenant id>}: onboarding then
 * breaks half-way through the Keycloak work, as an outage would.
 */
@ApplicationScoped
public class ProbeFaultStep implements ProvisioningStep {

    @Inject
    @PlatformData
    EntityManager em;

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public Map<String, String> provision(TenantOnboarding onboarding) {
        Number faults = (Number) em.createNativeQuery("SELECT count(*) FROM platform.probe_fault WHERE schema_name = ?1")
                .setParameter(1, "step:" + onboarding.tenantId()).getSingleResult();
        if (faults.intValue() > 0) {
            throw new IllegalStateException("probe step was told to fail for tenant " + onboarding.tenantId());
        }
        return Map.of();
    }
}
