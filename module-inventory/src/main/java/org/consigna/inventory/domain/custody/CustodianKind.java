package org.consigna.inventory.domain.custody;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/** A custodian is a member of the tenant (by member id) or a location of this module. */
public enum CustodianKind {
    MEMBER, LOCATION;

    @Converter
    public static class Jpa implements AttributeConverter<CustodianKind, String> {
        @Override
        public String convertToDatabaseColumn(CustodianKind value) {
            return Wire.of(value);
        }

        @Override
        public CustodianKind convertToEntityAttribute(String value) {
            return Wire.stored(CustodianKind.class, value);
        }
    }
}
