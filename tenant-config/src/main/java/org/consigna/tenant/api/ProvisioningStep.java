package org.consigna.tenant.api;

/**
 * A piece of tenant onboarding contributed by another part of the platform (for example the
 * identity provider's organization). Runs after the tenant's schema is migrated, on creation and
 * on every retry, so it must be idempotent: finish what is missing, never duplicate.
 */
public interface ProvisioningStep {

    void provision(String tenantId, String displayName);
}
