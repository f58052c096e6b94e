package org.consigna.events.api;

import java.util.UUID;

/**
 * One device line of an event.
 *
 * @param quantity units used (one for a serialized device)
 * @param usage    {@code used}, {@code implanted}, {@code damaged} or {@code unused}
 * @param consumed whether a submit of this event has consumed the device
 * @param soldToFacility whether a submit of this event has made the device facility stock
 */
public record LineFacts(UUID lineId, DeviceFacts device, int quantity, String usage, boolean consumed,
                        boolean soldToFacility) {
}
