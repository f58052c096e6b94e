/**
 * What other modules may use of billing: the {@link org.consigna.billing.api.ReplenishmentRequested} event and the
 * {@link org.consigna.billing.api.Replenishments} query (for a purchasing module), and the outgoing-mail records.
 */
package org.consigna.billing.api;
