/** PO reminders: the per-facility switch, the due rows, and the signed, expiring link a reminder carries. */
package org.consigna.billing.domain.reminder;
