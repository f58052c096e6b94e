package org.consigna.inventory.domain.custody;

import org.consigna.platform.wire.WireEnum;

/** A custodian is a member of the tenant (by member id) or a location of this module. */
public enum CustodianKind implements WireEnum {
    MEMBER, LOCATION;
}
