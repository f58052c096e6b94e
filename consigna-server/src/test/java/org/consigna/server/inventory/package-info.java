/** Integration tests of the inventory module against Payara Micro, PostgreSQL and Keycloak. */
package org.consigna.server.inventory;
