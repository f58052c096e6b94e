/**
 * One persistence unit for all modules, built at start-up from the entities the modules
 * declare, and EntityManagers that always point at the current tenant's schema. The conventions
 * every module's entities rely on (enum words, UUID binding) are set in one place,
 * {@code PersistenceConventions}.
 */
package org.consigna.platform.persistence;
