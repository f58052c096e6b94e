package org.consigna.events.domain.event;

import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.wire.WireEnum;

/** How a device was used in an event. {@code unused} only ever marks a device given back. */
public enum Usage implements WireEnum {
    USED, IMPLANTED, DAMAGED, UNUSED;

    /** Parses the API's word; {@code unused} is refused unless allowed. */
    public static Usage parse(String value, boolean unusedAllowed) {
        for (Usage usage : values()) {
            if (usage.wire().equals(value) && (usage != UNUSED || unusedAllowed)) {
                return usage;
            }
        }
        throw ProblemException.badRequest("invalid-usage", "Usage must be " + (unusedAllowed
                ? "used, implanted, damaged or unused" : "used, implanted or damaged") + ", not '" + value + "'");
    }
}
