package org.consigna.inventory.domain.transfer;

import org.consigna.platform.wire.WireEnum;

/** Each line is accepted or rejected on its own (rejected: missing from the shipment), or cancelled with its transfer. */
public enum LineStatus implements WireEnum {
    PENDING, ACCEPTED, REJECTED, CANCELLED;
}
