/** The stocking order: the event behaviour that sells devices to a facility as its facility stock. */
package org.consigna.facilitystock.domain.stockingorder;
