/** Expiry bands (30/60/90 days) over stock on hand and the daily expiry digests per custodian and for admins. */
package org.consigna.facilitystock.domain.expiry;
