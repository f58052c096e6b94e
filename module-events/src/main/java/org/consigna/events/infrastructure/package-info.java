/** JPA repositories on the tenant's schema, and the adapter to inventory's api. */
package org.consigna.events.infrastructure;
