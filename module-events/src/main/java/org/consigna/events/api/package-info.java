/**
 * What other modules may use of the events module: the {@link org.consigna.events.api.EventBehaviour}
 * extension point (with the facts a behaviour sees and the device actions it may take) and the
 * CDI events published when an event is submitted (closed) or reopened, {@link org.consigna.events.api.EventSubmissions} to close one from another module; {@link org.consigna.events.api.Facilities} names
 * facilities and {@link org.consigna.events.api.EventDrafts} creates an open event with its devices in one step.
 */
package org.consigna.events.api;
