/**
 * Events (cases, stocking orders, ...): their details, the device lines marked used in them,
 * their status ({@code open} → {@code submitted} → {@code reopened} → {@code submitted} ...) and
 * their append-only history.
 */
package org.consigna.events.domain.event;
