/** The sales dashboard's rollups in SQL: upserts in key order, sums over a month range. */
package org.consigna.facilitystock.infrastructure.dashboard;
