package org.consigna.events.domain.event;

import java.util.Locale;
import org.consigna.platform.wire.WireEnum;

/** Where an event stands. {@code open} and {@code reopened} events take devices; {@code submitted} is closed. */
public enum EventStatus implements WireEnum {
    OPEN, SUBMITTED, REOPENED;

    public static EventStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Devices may be added, changed and removed. */
    public boolean takesDevices() {
        return this != SUBMITTED;
    }
}
