/** Tenants and the modules enabled for them, as kept in the platform schema. */
package org.consigna.tenant.domain;
