package org.consigna.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.identity.api.MemberStatus;

/** Stores statuses in the lower-case words the database check constraint and the API use. */
@Converter
public class MemberStatusConverter implements AttributeConverter<MemberStatus, String> {

    @Override
    public String convertToDatabaseColumn(MemberStatus value) {
        return value == null ? null : value.wire();
    }

    @Override
    public MemberStatus convertToEntityAttribute(String value) {
        return value == null ? null : MemberStatus.fromWire(value);
    }
}
