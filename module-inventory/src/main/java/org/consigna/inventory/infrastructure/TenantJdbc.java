package org.consigna.inventory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import org.consigna.platform.tenant.TenantContext;

/**
 * JDBC on the current transaction's connection (the one JPA writes with, so SQL here sees and
 * orders with the JPA changes), with table names qualified by the tenant's schema (the
 * connection's search_path points there too, but SQL that names its schema does not depend on it).
 */
@ApplicationScoped
public class TenantJdbc {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenants;

    /** The connection of the running transaction; JPA owns it, so never close it. */
    public Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No connection: JDBC work must run inside a transaction");
        }
        return connection;
    }

    /** The table in the current tenant's schema; the schema name was validated when the tenant was created. */
    public String table(String name) {
        return tenants.require().schema() + "." + name;
    }
}
