package org.consigna.facilitystock.domain.commission;

import org.consigna.platform.wire.WireEnum;

/** A line earned by a submit, or the reversal of one by a reopen (nothing is deleted). */
public enum CommissionKind implements WireEnum {
    EARNED, REVERSAL
}
