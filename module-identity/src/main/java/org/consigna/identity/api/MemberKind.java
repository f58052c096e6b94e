package org.consigna.identity.api;

import java.util.Locale;
import org.consigna.platform.wire.WireEnum;

/** A full user signs in through Keycloak; a custodian only holds inventory and never signs in. */
public enum MemberKind implements WireEnum {
    USER, CUSTODIAN;

    public static MemberKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
