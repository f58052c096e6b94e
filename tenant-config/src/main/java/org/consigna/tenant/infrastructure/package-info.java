/** JPA access to the tenant registry through the platform EntityManager. */
package org.consigna.tenant.infrastructure;
