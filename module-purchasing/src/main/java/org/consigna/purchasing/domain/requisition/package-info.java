/** Purchase requisitions: items a recipient asks for (or billing's replenishment requests), ordered by an admin in parts. */
package org.consigna.purchasing.domain.requisition;
