/** The sales dashboard endpoint, {@code /api/t/{tenant}/facility-stock/dashboard}, as JSON a console charts. */
package org.consigna.facilitystock.interfaces.rest.dashboard;
