/** The facility-stock module's REST resources under {@code /api/t/{tenant}/facility-stock}, with their request and response records. */
package org.consigna.facilitystock.interfaces.rest;
