/** Integration tests of the events module: directory, event types, events, mark used, submit, reopen, behaviours. */
package org.consigna.server.events;
