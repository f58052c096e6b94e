/** The events module's REST API under {@code /api/t/{tenant}/events}: facilities and surgeons, types, behaviours, events, lines. */
package org.consigna.events.interfaces.rest;
