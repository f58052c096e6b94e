/** The sales dashboard's use cases: rollups kept on submit and reopen, and read per dimension over months. */
package org.consigna.facilitystock.application.dashboard;
