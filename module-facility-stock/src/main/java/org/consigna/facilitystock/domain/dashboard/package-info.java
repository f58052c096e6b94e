/**
 * The facility-stock sales dashboard: units and value sold to facilities through stocking orders and consumed
 * from facility stock in cases, kept as monthly rollups per facility, item, rep and month in the submit's and the
 * reopen's own transaction, so reading the dashboard never scans devices or the ledger.
 */
package org.consigna.facilitystock.domain.dashboard;
