/**
 * The places and people of cases: facilities (hospitals, surgery centers) with their address and ordered
 * billing contacts, facility contacts and surgeons. Entries are deactivated, never deleted.
 */
package org.consigna.events.domain.facility;
