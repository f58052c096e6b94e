/**
 * Integration tests of the facility-stock module: stocking orders, use rules, views, adjustments, par levels, expiring
 * stock, refill. Their tenants run without billing, whose sign and close would refuse the plain submits used here.
 */
package org.consigna.server.facilitystock;
