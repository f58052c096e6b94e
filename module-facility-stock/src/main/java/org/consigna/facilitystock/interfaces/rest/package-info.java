/** The facility-stock module's REST resources under {@code /api/t/{tenant}/facility-stock}. */
package org.consigna.facilitystock.interfaces.rest;
