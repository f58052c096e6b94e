/** Integration tests of authentication and authorization against the real Keycloak. */
package org.consigna.server.security;
