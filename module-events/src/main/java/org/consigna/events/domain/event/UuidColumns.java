package org.consigna.events.domain.event;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

/**
 * Makes nullable {@code uuid} columns work with EclipseLink 4.0.7 on PostgreSQL: its UUID
 * converter fails on a null read (NPE) and binds a null as {@code varchar}, which PostgreSQL refuses.
 * Without the converter the driver reads and writes {@link UUID} itself; typed {@link Types#OTHER},
 * a null lets the server infer the column's type.
 */
public class UuidColumns implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping.isDirectToFieldMapping() && isUuid(descriptor.getJavaClass(), mapping.getAttributeName())) {
                ((DirectToFieldMapping) mapping).setConverter(null);
                mapping.getField().setSqlType(Types.OTHER);
            }
        }
    }

    private static boolean isUuid(Class<?> type, String attribute) {
        try {
            return type.getDeclaredField(attribute).getType() == UUID.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
