package org.consigna.purchasing.domain.requisition;

import org.consigna.platform.wire.WireEnum;

/** Open until all of it is ordered (partially ordered between) or it is rejected. */
public enum RequisitionStatus implements WireEnum {
    OPEN, PARTIALLY_ORDERED, ORDERED, REJECTED;

    @Override
    public String wire() {
        return this == PARTIALLY_ORDERED ? "partially-ordered" : WireEnum.super.wire();
    }
}
