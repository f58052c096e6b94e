package org.consigna.purchasing.domain.order;

import org.consigna.platform.wire.WireEnum;

/** Where a purchase order stands: open until all is received or it is cancelled. */
public enum PurchaseOrderStatus implements WireEnum {
    OPEN, PARTIALLY_RECEIVED, RECEIVED, CANCELLED;

    @Override
    public String wire() {
        return this == PARTIALLY_RECEIVED ? "partially-received" : WireEnum.super.wire();
    }

    public boolean receivable() {
        return this == OPEN || this == PARTIALLY_RECEIVED;
    }
}
