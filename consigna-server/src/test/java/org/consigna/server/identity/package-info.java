/** Integration tests of onboarding, members, roles per tenant and sharing links against the real Keycloak. */
package org.consigna.server.identity;
