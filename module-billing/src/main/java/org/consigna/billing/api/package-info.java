/**
 * What other modules may use of billing: the {@link org.consigna.billing.api.ReplenishmentRequested} event and the
 * {@link org.consigna.billing.api.Replenishments} query (for a purchasing module), the outgoing-mail records and {@link org.consigna.billing.api.Mails}, the mail outbox other modules send through.
 */
package org.consigna.billing.api;
