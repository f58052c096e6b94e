/**
 * The events module's use cases, each one transaction: facilities and surgeons, event types, events,
 * marking devices used, submitting and reopening. Devices are reached through {@link
 * org.consigna.events.application.Devices}, behaviours through {@link
 * org.consigna.events.application.Behaviours}.
 */
package org.consigna.events.application;
