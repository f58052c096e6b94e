/**
 * What other modules may use of the events module: the {@link org.consigna.events.api.EventBehaviour}
 * extension point (with the facts a behaviour sees and the device actions it may take) and the
 * CDI events published when an event is submitted or reopened.
 */
package org.consigna.events.api;
