/**
 * Use cases of the facility-stock module: the facility-stock view, par levels and low-level alerts (checked when an
 * event is submitted), expiring stock and the daily digest (scheduled), and the suggested refill.
 */
package org.consigna.facilitystock.application;
