package org.consigna.billing.domain.close;

import org.consigna.platform.wire.WireEnum;

/** Who signs a closing: the sales representative and the provider's (hospital's) representative. */
public enum Party implements WireEnum {
    REP, PROVIDER
}
