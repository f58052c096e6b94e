package org.consigna.platform.persistence;

import java.util.HashMap;
import java.util.Map;
import org.consigna.platform.wire.WireEnum;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/** Stores a {@link WireEnum} attribute as its word in a text column; set on every such mapping by {@link PersistenceConventions}. */
final class WireEnumColumn implements Converter {

    private static final long serialVersionUID = 1L;

    private final Class<?> type;
    private final Map<String, Object> byWord = new HashMap<>();

    WireEnumColumn(Class<?> type) {
        if (!type.isEnum() || !WireEnum.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type + " is not an enum implementing WireEnum");
        }
        this.type = type;
        for (Object constant : type.getEnumConstants()) {
            if (byWord.put(((WireEnum) constant).wire(), constant) != null) {
                throw new IllegalArgumentException(type.getName() + " gives the word '" + ((WireEnum) constant).wire()
                        + "' to two constants");
            }
        }
    }

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        return value == null ? null : ((WireEnum) value).wire();
    }

    @Override
    public Object convertDataValueToObjectValue(Object word, Session session) {
        if (word == null) {
            return null;
        }
        Object constant = byWord.get(word.toString());
        if (constant == null) {
            throw new IllegalStateException("The database holds '" + word + "', which is no " + type.getName());
        }
        return constant;
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
        // EclipseLink's default enum mapping typed the column as an ordinal (integer); it is text.
        ((AbstractDirectMapping) mapping).setFieldClassification(String.class);
    }
}
