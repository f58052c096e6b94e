/**
 * Integration tests: the real war with the test-only probe module, on Payara Micro, against PostgreSQL,
 * and the harness they share: {@link org.consigna.server.IntegrationTest} (the base class),
 * {@link org.consigna.server.ConsignaWar} (the one deployment, extras by {@link org.consigna.server.DeployWith}),
 * {@link org.consigna.server.Api} and the first layer of fixtures, {@link org.consigna.server.TenantFixtures}.
 */
package org.consigna.server;
