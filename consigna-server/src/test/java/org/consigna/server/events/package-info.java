/**
 * Integration tests of the events module: facilities and surgeons, event types, events, mark used, submit, reopen,
 * behaviours. Tenants that submit run without billing, whose sign and close would refuse a plain submit.
 */
package org.consigna.server.events;
