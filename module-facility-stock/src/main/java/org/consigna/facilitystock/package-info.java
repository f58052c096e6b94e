/**
 * The facility-stock module: the {@code stocking-order} event behaviour (devices sold to a hospital become its
 * facility stock), the rules for using facility stock, facility stock views, par levels and low-level alerts,
 * expiring stock, commissions and the facility-stock sales dashboard.
 */
package org.consigna.facilitystock;
