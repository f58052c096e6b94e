/** The events module's REST API under {@code /api/t/{tenant}/events}: directory, types, behaviours, events, lines. */
package org.consigna.events.interfaces.rest;
