package org.consigna.identity.api;

import java.util.Locale;
import org.consigna.platform.wire.WireEnum;

/** Members are disabled, never deleted: their history and custody records stay. */
public enum MemberStatus implements WireEnum {
    ACTIVE, DISABLED;

    public static MemberStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
