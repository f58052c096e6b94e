/** Vendors and the items each supplies. */
package org.consigna.purchasing.domain.vendor;
