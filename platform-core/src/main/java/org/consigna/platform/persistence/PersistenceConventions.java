package org.consigna.platform.persistence;

import java.lang.reflect.Field;
import java.sql.Types;
import java.util.UUID;
import org.consigna.platform.wire.WireEnum;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.EnumTypeConverter;
import org.eclipse.persistence.mappings.converters.UUIDConverter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * What every module's entities get from the platform, set on each factory before it starts:
 * <ul>
 * <li>enums: an enum attribute is stored as its {@link WireEnum} word (no converter, no annotation);</li>
 * <li>UUIDs: the driver reads and writes {@link UUID} itself, and a null is bound untyped.
 * EclipseLink 4.0.7's UUID converter fails on a null read (NPE) and binds a null as
 * {@code varchar}, which PostgreSQL refuses for a {@code uuid} column.</li>
 * </ul>
 */
final class PersistenceConventions implements SessionCustomizer {

    private PersistenceConventions() {
    }

    static PersistenceConventions of() {
        return new PersistenceConventions();
    }

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.isDirectToFieldMapping()) {
                    apply(descriptor.getJavaClass(), (AbstractDirectMapping) mapping);
                }
            }
        }
    }

    private static void apply(Class<?> owner, AbstractDirectMapping mapping) {
        Class<?> type = attributeType(owner, mapping.getAttributeName());
        if (type == UUID.class && (mapping.getConverter() == null || mapping.getConverter() instanceof UUIDConverter)) {
            mapping.setConverter(null);
            mapping.getField().setSqlType(Types.OTHER);
        } else if (type != null && type.isEnum()
                && (mapping.getConverter() == null || mapping.getConverter() instanceof EnumTypeConverter)) {
            if (!WireEnum.class.isAssignableFrom(type)) {
                throw new IllegalStateException(owner.getName() + "." + mapping.getAttributeName() + ": the enum "
                        + type.getName() + " must implement " + WireEnum.class.getName() + " to be stored");
            }
            mapping.setConverter(new WireEnumColumn(type));
        }
    }

    /** The declared type of a field of {@code owner} or of a class it extends (entities use field access). */
    private static Class<?> attributeType(Class<?> owner, String attribute) {
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(attribute)) {
                    return field.getType();
                }
            }
        }
        return null;
    }
}
