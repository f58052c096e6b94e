package org.consigna.platform.security;

import java.util.Locale;
import org.consigna.platform.wire.WireEnum;

/**
 * The one role a user holds in a tenant. Realm roles cannot express this, so the platform keeps it.
 * Its {@link WireEnum#wire() word} is the name used in the API, in {@code @RolesAllowed} and in the database.
 */
public enum TenantRole implements WireEnum {
    ADMIN, DISTRIBUTOR, SALES;

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
