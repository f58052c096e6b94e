package org.consigna.inventory.domain.custody;

import org.consigna.platform.wire.WireEnum;

/** What kind of place a location is. */
public enum LocationKind implements WireEnum {
    OFFICE, WAREHOUSE;
}
