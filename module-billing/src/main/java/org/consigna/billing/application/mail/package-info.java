/** The mail outbox: enqueue in the caller's transaction, send after commit and on a sweep, retry with backoff. */
package org.consigna.billing.application.mail;
