/** Billing's domain: rules and records, no infrastructure. */
package org.consigna.billing.domain;
