/** Prices: where a line's unit price comes from (contract, price list, list price). */
package org.consigna.billing.domain.price;
