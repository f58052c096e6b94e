package org.consigna.events.domain.event;

import java.util.Locale;
import org.consigna.platform.wire.WireEnum;

/**
 * Where an event stands. {@code open} and {@code reopened} events take devices; submitting one closes it
 * ({@code closed}, the domain's word; billing keeps its own statuses of a closed event).
 */
public enum EventStatus implements WireEnum {
    OPEN, CLOSED, REOPENED;

    public static EventStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Devices may be added, changed and removed. */
    public boolean takesDevices() {
        return this != CLOSED;
    }
}
