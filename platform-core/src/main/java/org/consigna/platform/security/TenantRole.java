package org.consigna.platform.security;

import java.util.Locale;

/** The one role a user holds in a tenant. Realm roles cannot express this, so the platform keeps it. */
public enum TenantRole {
    ADMIN, DISTRIBUTOR, SALES;

    /** The name used in the API, in {@code @RolesAllowed} and in the database. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TenantRole fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Role names for {@code @RolesAllowed}. */
    public static final String ADMIN_ROLE = "admin";
    public static final String DISTRIBUTOR_ROLE = "distributor";
    public static final String SALES_ROLE = "sales";
    /** Realm role of the people who run the platform. */
    public static final String OPERATOR_ROLE = "platform-operator";
}
