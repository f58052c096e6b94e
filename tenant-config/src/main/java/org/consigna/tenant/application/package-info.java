/** Tenant use cases: registration, provisioning, lifecycle, start-up upgrades. */
package org.consigna.tenant.application;
