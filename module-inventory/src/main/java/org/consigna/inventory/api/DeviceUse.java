package org.consigna.inventory.api;

import java.util.UUID;

/** Units of one device used up in an event: all of it, or part of its lot quantity (a serialized device has one). */
public record DeviceUse(UUID deviceId, int quantity) {
}
