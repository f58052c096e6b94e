package org.consigna.inventory.api;

/** Who holds a device: a member of the tenant (the custodian id is a member id) or a location of inventory. */
public enum CustodianKind {
    MEMBER, LOCATION;

    /** How the REST API spells it: {@code member}, {@code location}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
