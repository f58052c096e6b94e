package org.consigna.identity.api;

import java.util.Locale;

/** Members are disabled, never deleted: their history and custody records stay. */
public enum MemberStatus {
    ACTIVE, DISABLED;

    /** The word used in the API and the database. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemberStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
