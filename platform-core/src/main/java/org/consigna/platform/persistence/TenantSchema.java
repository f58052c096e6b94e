package org.consigna.platform.persistence;

/**
 * Where the platform's data lives. Tenant entities name no schema: the EntityManagerFactory of each
 * tenant schema qualifies their tables ({@link PersistenceConventions}).
 */
public final class TenantSchema {

    /** JNDI name of the application's data source. */
    public static final String DATA_SOURCE = "java:global/jdbc/consigna";

    private TenantSchema() {
    }
}
