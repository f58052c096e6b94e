package org.consigna.identity.api;

import java.util.Locale;

/** A full user signs in through Keycloak; a custodian only holds inventory and never signs in. */
public enum MemberKind {
    USER, CUSTODIAN;

    /** The word used in the API and the database. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemberKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
