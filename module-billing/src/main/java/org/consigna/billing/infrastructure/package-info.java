/** Billing's infrastructure: SQL, SMTP and PDF behind the domain's interfaces. */
package org.consigna.billing.infrastructure;
