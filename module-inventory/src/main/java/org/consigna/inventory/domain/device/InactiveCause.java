package org.consigna.inventory.domain.device;

import org.consigna.platform.wire.WireEnum;

/** Why a device is inactive. Only a consumed device may come back (an event reopened, removed unused). */
public enum InactiveCause implements WireEnum {
    CONSUMED, DEACTIVATED;
}
