package org.consigna.inventory.domain.transfer;

import org.consigna.platform.wire.WireEnum;

/** Pending until decided; a decided transfer never changes again. */
public enum TransferStatus implements WireEnum {
    PENDING, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, CANCELLED;
}
