package org.consigna.identity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.consigna.platform.security.TenantRole;

/** Stores roles in the lower-case words the database check constraint and the API use. */
@Converter
public class MemberRoleConverter implements AttributeConverter<TenantRole, String> {

    @Override
    public String convertToDatabaseColumn(TenantRole value) {
        return value == null ? null : value.wire();
    }

    @Override
    public TenantRole convertToEntityAttribute(String value) {
        return value == null ? null : TenantRole.fromWire(value);
    }
}
