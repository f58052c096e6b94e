package org.consigna.inventory.domain;

import jakarta.persistence.AttributeConverter;

/** Stores an enum as its {@link Wire} word, the form the tables' check constraints name. */
public abstract class WireConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return Wire.of(value);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return Wire.stored(type, value);
    }
}
