/**
 * One persistence unit for all modules, built at start-up from the entities the modules
 * declare, and EntityManagers that always point at the current tenant's schema.
 */
package org.consigna.platform.persistence;
