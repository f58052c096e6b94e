/**
 * Price use cases: the one {@link org.consigna.billing.application.price.PriceResolver}, price lists and their
 * assignments, facility price sheets (CSV uploads replacing the previous sheet, kept in history).
 */
package org.consigna.billing.application.price;
