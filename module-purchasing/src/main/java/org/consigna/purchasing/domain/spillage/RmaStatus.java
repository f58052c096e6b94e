package org.consigna.purchasing.domain.spillage;

import org.consigna.platform.wire.WireEnum;

/** Where a return stands with its vendor; an RMA never changes stock (the spillage report deducted it). */
public enum RmaStatus implements WireEnum {
    OPEN, SHIPPED, CREDITED, CLOSED
}
