/** Resolving a line's price: contract, price list, list price. */
package org.consigna.billing.application.price;
