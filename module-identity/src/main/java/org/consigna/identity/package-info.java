/**
 * The identity module: who belongs to a tenant and in which role, custodian-only distributors,
 * sharing links and the custody rules built on them, and the tenant's Keycloak organization.
 * {@link org.consigna.identity.IdentityModule} declares it to the platform.
 */
package org.consigna.identity;
