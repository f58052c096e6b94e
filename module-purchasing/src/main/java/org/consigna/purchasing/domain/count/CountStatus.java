package org.consigna.purchasing.domain.count;

import org.consigna.platform.wire.WireEnum;

/** A count is open while lines are counted, then applied (or cancelled, changing nothing). */
public enum CountStatus implements WireEnum {
    OPEN, APPLIED, CANCELLED
}
