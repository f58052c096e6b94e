/** JPA repositories of price lists, their assignments and facility price sheets. */
package org.consigna.billing.infrastructure.price;
