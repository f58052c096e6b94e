package org.consigna.platform.module;

/**
 * What provisioning steps know of a tenant being onboarded: its id (also its Keycloak
 * organization alias), display name and first administrator.
 */
public record TenantOnboarding(String tenantId, String displayName, String adminEmail, String adminFirstName,
                               String adminLastName) {
}
