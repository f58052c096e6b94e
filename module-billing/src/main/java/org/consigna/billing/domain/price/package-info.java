/**
 * Prices: the one resolution order (facility contract price, else the facility's assigned price list, else the
 * item's list price), rounding to the tenant currency's scale, price lists with their facility assignments, and
 * facility price sheets (contract prices) kept in history when replaced.
 */
package org.consigna.billing.domain.price;
