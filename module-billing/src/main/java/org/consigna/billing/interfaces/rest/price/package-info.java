/** REST resources of prices: price lists and their assignments, facility price sheets and effective prices. */
package org.consigna.billing.interfaces.rest.price;
