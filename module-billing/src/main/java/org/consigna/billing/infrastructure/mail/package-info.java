/** The outbox in SQL on the transaction's connection, and SMTP through Jakarta Mail configured by MicroProfile Config. */
package org.consigna.billing.infrastructure.mail;
