/**
 * Test support shared by the Consigna modules.
 *
 * <p>{@link org.consigna.testsupport.KeycloakServer} starts a real Keycloak once per JVM through
 * {@code bin/keycloak.sh} (or reuses one that is already ready) and stops it at the end if this
 * JVM started it; register {@link org.consigna.testsupport.KeycloakExtension} on a test class.
 * {@link org.consigna.testsupport.KeycloakAdmin} creates organizations (tenants), users and
 * memberships through the Keycloak admin REST API with the {@code consigna-admin} service
 * account, and {@link org.consigna.testsupport.Tokens} obtains user access tokens through the
 * {@code consigna-cli} client (password grant).
 *
 * <p>Only {@code java.net.http} and Jakarta JSON-P are used: no Keycloak client library.
 */
package org.consigna.testsupport;
