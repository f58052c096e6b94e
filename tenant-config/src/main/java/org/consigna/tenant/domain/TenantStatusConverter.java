package org.consigna.tenant.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.consigna.platform.tenant.TenantStatus;

/** Stores statuses in the lower-case words the database check constraint and the API use. */
@Converter
public class TenantStatusConverter implements AttributeConverter<TenantStatus, String> {

    @Override
    public String convertToDatabaseColumn(TenantStatus status) {
        return status == null ? null : status.wire();
    }

    @Override
    public TenantStatus convertToEntityAttribute(String value) {
        return value == null ? null : TenantStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
