/** Integration tests of the events module: facilities and surgeons, event types, events, mark used, submit, reopen, behaviours. */
package org.consigna.server.events;
