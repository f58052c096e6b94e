/** Refill arithmetic: below-par and expiring facility stock turned into a suggested stocking order. */
package org.consigna.facilitystock.domain.refill;
