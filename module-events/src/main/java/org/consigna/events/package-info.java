/**
 * The events module: facilities, their contacts and surgeons, tenant event types built on pluggable event
 * behaviours, events (cases and others) with their device lines, submit and reopen, history.
 * Other modules use only {@code org.consigna.events.api}.
 */
package org.consigna.events;
