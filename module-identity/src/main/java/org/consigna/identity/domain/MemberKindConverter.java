package org.consigna.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.identity.api.MemberKind;

/** Stores kinds in the lower-case words the database check constraint and the API use. */
@Converter
public class MemberKindConverter implements AttributeConverter<MemberKind, String> {

    @Override
    public String convertToDatabaseColumn(MemberKind value) {
        return value == null ? null : value.wire();
    }

    @Override
    public MemberKind convertToEntityAttribute(String value) {
        return value == null ? null : MemberKind.fromWire(value);
    }
}
