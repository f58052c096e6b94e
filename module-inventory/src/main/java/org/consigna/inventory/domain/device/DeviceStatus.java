package org.consigna.inventory.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.inventory.domain.Wire;

/**
 * Active (unused, sellable) · facility stock (sold to a facility, still unused, custody kept by the
 * seller) · inactive (consumed or deactivated by hand). Only inactive devices leave on-hand.
 */
public enum DeviceStatus {
    ACTIVE, FACILITY_STOCK, INACTIVE;

    public boolean counted() {
        return this != INACTIVE;
    }

    @Converter
    public static class Jpa implements AttributeConverter<DeviceStatus, String> {
        @Override
        public String convertToDatabaseColumn(DeviceStatus value) {
            return Wire.of(value);
        }

        @Override
        public DeviceStatus convertToEntityAttribute(String value) {
            return Wire.stored(DeviceStatus.class, value);
        }
    }
}
