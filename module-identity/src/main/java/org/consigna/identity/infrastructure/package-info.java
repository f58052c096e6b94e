/**
 * JPA repositories over the platform EntityManager, and the Keycloak admin REST client
 * (java.net.http and JSON-P, authenticated as the {@code consigna-admin} service account).
 */
package org.consigna.identity.infrastructure;
