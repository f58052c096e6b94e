package org.consigna.inventory.domain.custody;

import jakarta.persistence.Converter;
import org.consigna.inventory.domain.WireConverter;

/** A custodian is a member of the tenant (by member id) or a location of this module. */
public enum CustodianKind {
    MEMBER, LOCATION;

    @Converter
    public static class Jpa extends WireConverter<CustodianKind> {
        public Jpa() {
            super(CustodianKind.class);
        }
    }
}
