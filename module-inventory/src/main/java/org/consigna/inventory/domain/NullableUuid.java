package org.consigna.inventory.domain;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * For nullable uuid columns. EclipseLink binds a null of an unknown type as VARCHAR, which
 * PostgreSQL refuses for a uuid column; declaring the column's SQL type as OTHER makes the driver
 * send an untyped null. Values pass through unchanged (the driver binds {@link UUID} natively).
 * Registered once, as {@value #NAME}, on {@link org.consigna.inventory.domain.device.DeviceData}.
 */
public class NullableUuid implements Converter {

    public static final String NAME = "nullable-uuid";

    private static final long serialVersionUID = 1L;

    @Override
    public Object convertObjectValueToDataValue(Object objectValue, Session session) {
        return objectValue;
    }

    @Override
    public Object convertDataValueToObjectValue(Object dataValue, Session session) {
        return dataValue instanceof String text ? UUID.fromString(text) : dataValue;
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        mapping.getField().setSqlType(Types.OTHER);
    }
}
