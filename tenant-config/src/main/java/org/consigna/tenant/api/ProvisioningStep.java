package org.consigna.tenant.api;

import java.util.Map;

/**
 * A piece of tenant onboarding contributed by another part of the platform (for example the
 * identity provider's organization). Steps run in ascending {@link #order()} after the tenant's
 * schema is migrated, on creation and on every retry, so each must be idempotent: finish what
 * is missing, never duplicate.
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
