package org.consigna.purchasing.domain.spillage;

import org.consigna.platform.wire.WireEnum;

/** Lines are added while a report is open; a locked one converts to RMAs; a closed one is done. */
public enum SpillageStatus implements WireEnum {
    OPEN, LOCKED, CLOSED
}
