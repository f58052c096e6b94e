/**
 * Commissions: rates per rep and per rep and surgeon, the tenant's split between the rep who sold facility
 * stock and the rep who covered the case that used it, the "no commission" flag of an event, and the
 * commission lines themselves (earned on submit, reversed on reopen, paid once).
 */
package org.consigna.facilitystock.domain.commission;
