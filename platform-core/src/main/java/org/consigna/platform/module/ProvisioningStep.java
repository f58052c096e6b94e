package org.consigna.platform.module;

import java.util.Map;

/**
 * A module's part of onboarding a tenant (for example the identity provider's organization): the
 * tenant lifecycle hook of the module SPI, a CDI bean of the module. Steps run in ascending
 * {@link #order()} after the tenant's schema is migrated, on creation, on every retry and when modules
 * are enabled later, so each must be idempotent: finish what is missing, never duplicate. A step of a
 * tenant module runs only for tenants that have the module.
 */
public interface ProvisioningStep {

    /** Position among the steps; lower runs first. */
    int order();

    /**
     * @return facts for the operator, shown once in the create or retry response (for example a
     *         first admin's temporary password); empty when there is nothing to tell
     */
    Map<String, String> provision(TenantOnboarding onboarding);
}
