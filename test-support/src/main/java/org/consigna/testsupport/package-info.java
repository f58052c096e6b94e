/**
 * Test support shared by the Consigna modules.
 *
 * <p>{@link org.consigna.testsupport.KeycloakServer} starts a real Keycloak once per JVM through
 * {@code bin/keycloak.sh} (or reuses one that is already ready) and stops it at the end if this
 * JVM started it; register {@link org.consigna.testsupport.KeycloakExtension} on a test class.
 * {@link org.consigna.testsupport.KeycloakAdmin} creates organizations (tenants), users and
 * memberships through the Keycloak admin REST API with the {@code consigna-admin} service
 * account, and {@link org.consigna.testsupport.Tokens} obtains user access tokens through the
 * {@code consigna-cli} client (password grant); {@link org.consigna.testsupport.TestUsers} signs in
 * users the platform created.
 *
 * <p>{@link org.consigna.testsupport.ApiClient} calls a deployed platform with REST Assured, and
 * {@link org.consigna.testsupport.ModuleContract} checks that a module jar holds what the platform
 * needs to discover and run it.
 *
 * <p>Keycloak is reached with {@code java.net.http} and Jakarta JSON-P only: no Keycloak client library.
 */
package org.consigna.testsupport;
