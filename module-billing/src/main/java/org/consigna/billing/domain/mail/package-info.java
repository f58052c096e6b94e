/** The mail outbox: mails written with the business change that causes them, sent after commit, retried with backoff. */
package org.consigna.billing.domain.mail;
