/** Commission endpoints under {@code /api/t/{tenant}/facility-stock/commissions}: rates, split, flags, lines, CSV, payments. */
package org.consigna.facilitystock.interfaces.rest.commission;
