/**
 * REST: the per-facility PO reminder switch, the hospital buyer's public PO link, and the operator's test clock
 * (only when {@code consigna.billing.test-clock} is on).
 */
package org.consigna.billing.interfaces.rest.reminder;
