/** JPA repositories of billing records, their lines, signatures, history and invoices. */
package org.consigna.billing.infrastructure.close;
