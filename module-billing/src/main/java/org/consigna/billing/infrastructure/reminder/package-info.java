/** PO reminders and links in SQL on the transaction's connection. */
package org.consigna.billing.infrastructure.reminder;
