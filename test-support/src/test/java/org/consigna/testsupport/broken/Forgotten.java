package org.consigna.testsupport.broken;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A converter the module forgot to list. */
@Converter
public class Forgotten implements AttributeConverter<Boolean, String> {

    @Override
    public String convertToDatabaseColumn(Boolean value) {
        return value ? "y" : "n";
    }

    @Override
    public Boolean convertToEntityAttribute(String value) {
        return "y".equals(value);
    }
}
