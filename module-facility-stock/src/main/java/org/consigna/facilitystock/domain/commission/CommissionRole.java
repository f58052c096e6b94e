package org.consigna.facilitystock.domain.commission;

import org.consigna.platform.wire.WireEnum;

/** Why a rep earns a commission line. */
public enum CommissionRole implements WireEnum {
    /** The event's representative sold the device in the event (a sale case) or sold and used it (facility stock). */
    REPRESENTATIVE,
    /** Sold the facility stock another rep's case used: the seller's share. */
    SELLER,
    /** Covered the case that used another rep's facility stock: the covering share. */
    COVERING
}
