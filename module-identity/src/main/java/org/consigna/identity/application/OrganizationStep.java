package org.consigna.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.consigna.identity.domain.IdentityProvider;
import org.consigna.platform.module.ProvisioningStep;
import org.consigna.platform.module.TenantOnboarding;

/**
 * Onboarding, first: the tenant's Keycloak organization, alias = tenant id (what tokens carry
 * in their {@code organization} claim). Found again rather than duplicated on a retry.
 */
@ApplicationScoped
public class OrganizationStep implements ProvisioningStep {

    public static final int ORDER = 100;

    @Inject
    IdentityProvider identity;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Map<String, String> provision(TenantOnboarding onboarding) {
        identity.ensureOrganization(onboarding.tenantId(), onboarding.displayName());
        return Map.of();
    }
}
