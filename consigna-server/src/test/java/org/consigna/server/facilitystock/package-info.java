/** Integration tests of the facility-stock module: stocking orders, use rules, views, adjustments, par levels, expiring stock, refill. */
package org.consigna.server.facilitystock;
