package org.consigna.platform.persistence;

/**
 * How tenant entities find their schema. Every tenant entity carries
 * <pre>
 * {@literal @}Multitenant(MultitenantType.TABLE_PER_TENANT)
 * {@literal @}TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchema.PROPERTY)
 * </pre>
 * and the platform sets the property on every EntityManager it hands out.
 */
public final class TenantSchema {

    /** EntityManager property naming the schema of the current tenant. */
    public static final String PROPERTY = "consigna.tenant.schema";

    /** JNDI name of the application's data source. */
    public static final String DATA_SOURCE = "java:global/jdbc/consigna";

    private TenantSchema() {
    }
}
