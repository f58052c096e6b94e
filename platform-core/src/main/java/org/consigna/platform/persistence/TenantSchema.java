package org.consigna.platform.persistence;

/**
 * Where the platform's data lives. Tenant entities name no schema: each transaction's connection is
 * pointed at its tenant's schema ({@link EntityManagers}).
 */
public final class TenantSchema {

    /** JNDI name of the application's data source. */
    public static final String DATA_SOURCE = "java:global/jdbc/consigna";

    private TenantSchema() {
    }
}
