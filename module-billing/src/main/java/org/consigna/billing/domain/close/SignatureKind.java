package org.consigna.billing.domain.close;

import org.consigna.platform.wire.WireEnum;

/** A signature drawn on screen (a PNG image), or the closing user's typing of the signer's full name. */
public enum SignatureKind implements WireEnum {
    DRAWN, TYPED
}
