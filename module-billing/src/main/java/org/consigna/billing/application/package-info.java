/** Billing's use cases and their transactions. */
package org.consigna.billing.application;
